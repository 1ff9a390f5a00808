using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CoopSante.Platform.Email;

/// <summary>Where the outbox hands its messages: SMTP in production, a recording sender in tests.</summary>
public interface IEmailSender
{
    /// <summary>Opens a session (one SMTP connection) for a batch.</summary>
    Task<IEmailSession> OpenAsync(CancellationToken ct);
}

public interface IEmailSession : IAsyncDisposable
{
    /// <summary>Sends one message; throws <see cref="EmailSendException"/> with a reason code when it is refused.</summary>
    Task SendAsync(OutgoingEmail email, CancellationToken ct);
}

public sealed record OutgoingEmail(Guid Id, string To, string Subject, string TextBody, string? HtmlBody);

/// <summary>Why a message was not sent: stable codes shown on the outbox page, never the server's text (it may quote the address).</summary>
public static class EmailFailure
{
    public const string InvalidAddress = "Email.InvalidAddress";
    public const string Rejected = "Email.Rejected";
    public const string Protocol = "Email.Protocol";
    public const string Network = "Email.Network";
}

public sealed class EmailSendException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason { get; } = reason;
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    public bool StartTls { get; set; } = true;
    public string From { get; set; } = "CoopSanté <noreply@coopsante.ca>";
}

/// <summary>Sends with MailKit; registered only when <c>Smtp:Host</c> is set (otherwise messages stay for the outbox page).</summary>
internal sealed class SmtpEmailSender(SmtpOptions options) : IEmailSender
{
    public async Task<IEmailSession> OpenAsync(CancellationToken ct)
    {
        var smtp = new SmtpClient();
        try
        {
            await smtp.ConnectAsync(options.Host!, options.Port, options.StartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(options.User)) await smtp.AuthenticateAsync(options.User, options.Password ?? "", ct);
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException or AuthenticationException or System.Net.Sockets.SocketException)
        {
            smtp.Dispose();
            throw new EmailSendException(EmailFailure.Network, e);
        }
        return new Session(smtp, options);
    }

    private sealed class Session(SmtpClient smtp, SmtpOptions options) : IEmailSession
    {
        public async Task SendAsync(OutgoingEmail email, CancellationToken ct)
        {
            MimeMessage message;
            try
            {
                message = new MimeMessage();
                message.From.Add(MailboxAddress.Parse(options.From));
                message.To.Add(MailboxAddress.Parse(email.To));
            }
            catch (ParseException e)
            {
                throw new EmailSendException(EmailFailure.InvalidAddress, e);
            }
            message.Subject = email.Subject;
            message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
            try
            {
                await smtp.SendAsync(message, ct);
            }
            catch (SmtpCommandException e)
            {
                throw new EmailSendException(EmailFailure.Rejected, e);
            }
            catch (SmtpProtocolException e)
            {
                throw new EmailSendException(EmailFailure.Protocol, e);
            }
            catch (IOException e)
            {
                throw new EmailSendException(EmailFailure.Network, e);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (smtp.IsConnected)
            {
                try { await smtp.DisconnectAsync(true); }
                catch (IOException) { } // the batch's outcome is already recorded; a failed goodbye changes nothing
            }
            smtp.Dispose();
        }
    }
}
