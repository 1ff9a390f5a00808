namespace CoopSante.Platform.Email;

/// <summary>An e-mail waiting to be sent (or, in demo mode, kept to be shown on the outbox page).</summary>
public sealed class OutboxEmail
{
    public Guid Id { get; set; }
    public Guid? CoopId { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string? HtmlBody { get; set; }
    public string Culture { get; set; } = "fr-CA";
    /// <summary>What sent it (e.g. "Invitation", "PasswordReset", "MeetingNotice").</summary>
    public string Kind { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

public sealed record EmailMessage(string To, string Subject, string TextBody, string Kind, string Culture = "fr-CA", string? HtmlBody = null, Guid? CoopId = null);
