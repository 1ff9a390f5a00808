using CoopSante.Platform.Data;

namespace CoopSante.Platform.Email;

/// <summary>Queues e-mails; a background dispatcher sends them when SMTP is configured.</summary>
public interface IEmailOutbox
{
    Task EnqueueAsync(EmailMessage message, CancellationToken ct = default);
}

internal sealed class EmailOutbox(PlatformDbContext db, TimeProvider clock) : IEmailOutbox
{
    public async Task EnqueueAsync(EmailMessage message, CancellationToken ct = default)
    {
        db.OutboxEmails.Add(new OutboxEmail
        {
            Id = Guid.CreateVersion7(),
            CoopId = message.CoopId,
            To = message.To,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            Kind = message.Kind,
            Culture = message.Culture,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }
}
