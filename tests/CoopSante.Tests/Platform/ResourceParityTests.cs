using System.Xml.Linq;

namespace CoopSante.Tests.Platform;

/// <summary>French first, English complete: every resx pair has the same keys and no empty value.</summary>
public sealed class ResourceParityTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoopSante.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    public static TheoryData<string> NeutralResources()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
                     .OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepoRoot(), f));
        return data;
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    [Fact]
    public void There_are_resources_to_check()
    {
        Assert.True(NeutralResources().Count >= 3);
    }

    [Theory]
    [MemberData(nameof(NeutralResources))]
    public void French_and_English_have_the_same_keys_and_no_empty_value(string relative)
    {
        var fr = Path.Combine(RepoRoot(), relative);
        var en = fr[..^".resx".Length] + ".en.resx";
        Assert.True(File.Exists(en), $"{relative} has no English twin");
        var frKeys = Read(fr);
        var enKeys = Read(en);
        Assert.Equal(frKeys.Keys.Order(StringComparer.Ordinal), enKeys.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(frKeys.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => "fr:" + kv.Key));
        Assert.Empty(enKeys.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => "en:" + kv.Key));
    }

    [Fact]
    public void Each_key_has_one_owner_so_one_concept_has_one_word()
    {
        var owners = NeutralResources().Select(row => (string)row.Data)
            .SelectMany(relative => Read(Path.Combine(RepoRoot(), relative)).Keys.Select(key => (key, file: Path.GetFileName(relative))))
            .GroupBy(k => k.key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(k => k.file))}");
        Assert.Empty(owners);
    }
}
