// Membership benchmark: 1,000,000 members over 440 coops on PostgreSQL, then search, import and export,
// each beside a baseline measured in the same run. Run with scripts/bench.sh; results go to docs/performance.md.
using CoopSante.Bench;

if (args.Contains("encryption")) { EncryptionBench.Run(); return; } // field encryption: no database
var server = Environment.GetEnvironmentVariable("COOPSANTE_TEST_PG")
    ?? throw new InvalidOperationException("COOPSANTE_TEST_PG is not set: run scripts/bench.sh.");
// Usage: [members] [--keep] [--reuse=<database>] — --keep leaves the generated database in place (its name is printed);
// --reuse runs the import and its write split again on a kept database (no generation, search or export).
if (args.Contains("http")) // issue 21: the HTTP read path beside raw Kestrel and raw Npgsql
{
    var hostDll = args.FirstOrDefault(a => a.StartsWith("--host=", StringComparison.Ordinal))?["--host=".Length..]
        ?? Path.GetFullPath("src/CoopSante.Host/bin/Release/net10.0/CoopSante.Host.dll");
    var seconds = int.Parse(args.FirstOrDefault(a => a.StartsWith("--seconds=", StringComparison.Ordinal))?["--seconds=".Length..] ?? "8", System.Globalization.CultureInfo.InvariantCulture);
    await new HttpBench(server, hostDll, seconds, connections: 32).RunAsync();
    return;
}
if (args.Contains("audit")) { await new AuditBench(server, writers: 32, seconds: 5, rounds: 4).RunAsync(); return; } // issue 21: audit appends
if (args.Contains("billing")) { await new BillingBench(server, 100_000, rounds: 3).RunAsync(); return; } // issue 19: telemedicine billing
if (args.Contains("compliance")) { await new ComplianceBench(server, coops: 440, recommendations: 50, rounds: 6).RunAsync(); return; } // issue 18: results at 10x
if (args.Contains("convocation")) { await new ConvocationBench(server, 25_000, rounds: 6).RunAsync(); return; } // issue 16: outbox
var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var total = numbers.Count > 0 ? int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var reuse = args.FirstOrDefault(a => a.StartsWith("--reuse=", StringComparison.Ordinal))?["--reuse=".Length..];
await new MembershipBench(server, total, keep: args.Contains("--keep")).RunAsync(reuse);
