namespace CoopSante.Membership.RegisterImport;

/// <summary>
/// Runs work that blocks for seconds (the import's gathering loop waiting on its checking workers, the synchronous COPY)
/// on a thread of its own rather than on a thread-pool thread, which the web server's requests and the checking workers
/// themselves need: the pool starts with one thread per core and grows only slowly when they are all blocked.
/// </summary>
internal static class Blocking
{
    public static Task Run(Action work, CancellationToken ct) =>
        Task.Factory.StartNew(work, ct, TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
}
