using CoopSante.Platform.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace CoopSante.Platform.Email;

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    public bool StartTls { get; set; } = true;
    public string From { get; set; } = "CoopSanté <noreply@coopsante.ca>";
    public int MaxAttempts { get; set; } = 5;
}

/// <summary>
/// Sends pending outbox e-mails with MailKit when <c>Smtp:Host</c> is configured; otherwise leaves them for the
/// outbox page (demo mode). Each e-mail is tried up to <see cref="SmtpOptions.MaxAttempts"/> times.
/// </summary>
internal sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, SmtpOptions options, TimeProvider clock, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Host)) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15), clock);
        do
        {
            try
            {
                await SendPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCycleFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task<int> SendPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var pending = await db.OutboxEmails.Where(m => m.SentAt == null && m.Attempts < options.MaxAttempts)
            .OrderBy(m => m.CreatedAt).Take(20).ToListAsync(ct);
        if (pending.Count == 0) return 0;
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(options.Host!, options.Port, options.StartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(options.User)) await smtp.AuthenticateAsync(options.User, options.Password ?? "", ct);
        var sent = 0;
        foreach (var mail in pending)
        {
            mail.Attempts++;
            try
            {
                var message = new MimeMessage();
                message.From.Add(MailboxAddress.Parse(options.From));
                message.To.Add(MailboxAddress.Parse(mail.To));
                message.Subject = mail.Subject;
                var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
                message.Body = body.ToMessageBody();
                await smtp.SendAsync(message, ct);
                mail.SentAt = clock.GetUtcNow();
                mail.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or ParseException or IOException)
            {
                mail.LastError = e.GetType().Name; // never the address or body: no personal data in the row's error
                LogSendFailed(logger, mail.Id, e.GetType().Name);
            }
        }
        await db.SaveChangesAsync(ct);
        await smtp.DisconnectAsync(true, ct);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox: sending e-mail {Id} failed ({Error})")]
    private static partial void LogSendFailed(ILogger logger, Guid id, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox: dispatch cycle failed")]
    private static partial void LogCycleFailed(ILogger logger, Exception e);
}
