using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoopSante.Integration.Tests.Infrastructure;

/// <summary>
/// Counts the database commands EF Core runs while it is alive, with the context that ran each (EF's diagnostic
/// listener; the tests of this assembly run one at a time).
/// </summary>
internal sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentQueue<(DbContext? Context, string Sql)> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;

    public QueryCounter()
    {
        _all = DiagnosticListener.AllListeners.Subscribe(this);
        // A context decides whether anyone listens at most once a second (EF's logging cache time), and contexts are pooled
        // (ADR 0046): a context rented just after this subscription may still run on "nobody listens" for up to a second.
        Thread.Sleep(TimeSpan.FromSeconds(1.1));
    }

    /// <summary>Commands run by contexts of type <typeparamref name="TContext"/> since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<string> Of<TContext>() where TContext : DbContext => [.. _commands.Where(c => c.Context is TContext).Select(c => c.Sql)];

    public void Clear() => _commands.Clear();

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name != DbLoggerCategory.Name) return;
        lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandEventData data) _commands.Enqueue((data.Context, data.Command.CommandText));
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions) foreach (var s in _subscriptions) s.Dispose();
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }
}
