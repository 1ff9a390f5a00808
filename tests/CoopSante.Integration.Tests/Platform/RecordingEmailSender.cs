using System.Collections.Concurrent;
using CoopSante.Platform.Email;

namespace CoopSante.Integration.Tests.Platform;

/// <summary>A sender that keeps what it was given, and refuses every message when told to (with a reason code).</summary>
internal sealed class RecordingEmailSender(string? refuseWith = null, TimeSpan? perMessage = null) : IEmailSender
{
    public ConcurrentQueue<OutgoingEmail> Sent { get; } = new();
    public int Tries => _tries;
    private int _tries;

    public Task<IEmailSession> OpenAsync(CancellationToken ct) => Task.FromResult<IEmailSession>(new Session(this));

    private sealed class Session(RecordingEmailSender sender) : IEmailSession
    {
        public async Task SendAsync(OutgoingEmail email, CancellationToken ct)
        {
            Interlocked.Increment(ref sender._tries);
            if (sender.perMessageDelay is { } d) await Task.Delay(d, ct);
            if (sender.refuseWith is { } reason) throw new EmailSendException(reason);
            sender.Sent.Enqueue(email);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private readonly string? refuseWith = refuseWith;
    private readonly TimeSpan? perMessageDelay = perMessage;
}
