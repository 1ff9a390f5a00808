using CoopSante.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopSante.Platform.Encryption;

/// <summary>
/// <c>dotnet run --project src/CoopSante.Host -- encryption rotate [--batch=1000]</c>: re-encrypts every encrypted
/// column of every module to <c>Encryption:ActiveKeyId</c>, then exits. Run it after adding a key and making it
/// active; remove the old key from configuration only once it reports 0 failed.
/// </summary>
public static partial class EncryptionCommand
{
    /// <summary>Runs the command named by <paramref name="args"/>, if any; false when the web app should start.</summary>
    public static async Task<bool> TryRunAsync(IServiceProvider services, string[] args, CancellationToken ct = default)
    {
        if (args.Length < 2 || !string.Equals(args[0], "encryption", StringComparison.Ordinal) || !string.Equals(args[1], "rotate", StringComparison.Ordinal))
            return false;
        var batch = args.Select(a => a.StartsWith("--batch=", StringComparison.Ordinal) ? int.Parse(a["--batch=".Length..], System.Globalization.CultureInfo.InvariantCulture) : 0).Max();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EncryptionCommand));
        var counts = await RotateAllAsync(services, batch > 0 ? batch : 1000, ct);
        foreach (var c in counts) Rotated(log, c.Column.ToString(), c.Rewritten, c.Failed);
        Done(log, services.GetRequiredService<FieldCipher>().ActiveKeyId, counts.Count, counts.Sum(c => c.Rewritten), counts.Sum(c => c.Failed));
        return true;
    }

    public static async Task<IReadOnlyList<RotationCount>> RotateAllAsync(IServiceProvider services, int batchSize = 1000, CancellationToken ct = default)
    {
        var cipher = services.GetRequiredService<FieldCipher>();
        var counts = new List<RotationCount>();
        await using var scope = services.CreateAsyncScope();
        foreach (var contextType in scope.ServiceProvider.GetServices<IModuleDatabase>().Select(m => m.ContextType).Distinct())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            counts.AddRange(await EncryptedColumns.RotateAsync(db, cipher, batchSize, ct));
        }
        return counts;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Encryption rotate: {Column}: {Rewritten} values re-encrypted, {Failed} failed")]
    private static partial void Rotated(ILogger log, string column, int rewritten, int failed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Encryption rotate: active key {KeyId}; {Columns} columns, {Rewritten} values re-encrypted, {Failed} failed")]
    private static partial void Done(ILogger log, string keyId, int columns, int rewritten, int failed);
}
