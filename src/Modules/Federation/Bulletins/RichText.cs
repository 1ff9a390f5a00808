using Ganss.Xss;
using Markdig;

namespace CoopSante.Federation.Bulletins;

/// <summary>
/// Bulletin bodies are Markdown; what a reader's browser gets is Markdig's HTML (raw HTML in the source disabled) passed
/// through HtmlSanitizer, so a pasted script or an <c>onerror</c> never reaches a coop's screen.
/// </summary>
internal static class RichText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UsePipeTables().Build();

    public static string ToHtml(string markdown)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
    }

    /// <summary>The text without its Markdown, for e-mails and previews.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).Trim();
}
