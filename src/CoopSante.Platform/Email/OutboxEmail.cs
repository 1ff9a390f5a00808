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
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    /// <summary>When a dispatcher may try it (again): the creation time, then the backoff after each failure.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }
    /// <summary>A dispatcher's claim on the row; once past, the claim has expired and another dispatcher may take it.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
    /// <summary>Which dispatcher holds the claim: its outcome is written only while it still holds it.</summary>
    public string? LockedBy { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>The last failure's reason code (<see cref="EmailFailure"/>), never the address or the server's text.</summary>
    public string? LastError { get; set; }
}

public enum OutboxStatus { Pending, Sent, Failed }

public sealed record EmailMessage(string To, string Subject, string TextBody, string Kind, string Culture = "fr-CA", string? HtmlBody = null, Guid? CoopId = null);
