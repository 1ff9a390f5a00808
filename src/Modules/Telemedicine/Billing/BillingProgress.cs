using System.Collections.Concurrent;

namespace CoopSante.Telemedicine.Billing;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<BillingStep>))]
internal enum BillingStep { Starting = 0, Invoices = 1, Retries = 2, PreNotices = 3 }

/// <summary>
/// Where the runs under way in this process are (the run is one transaction, invisible to others until it commits): the
/// billing screen polls it to show progress. Lost with the process, as the run it describes would be.
/// </summary>
internal sealed class BillingProgress
{
    private readonly ConcurrentDictionary<(Guid Coop, DateOnly Period), BillingStep> _running = new();

    public void Start((Guid, DateOnly) key) => _running[key] = BillingStep.Starting;
    public void Step((Guid, DateOnly) key, BillingStep step) => _running[key] = step;
    public void Finish((Guid, DateOnly) key) => _running.TryRemove(key, out _);

    /// <summary>The runs of <paramref name="coopId"/> under way: period and step.</summary>
    public IReadOnlyList<(DateOnly Period, BillingStep Step)> Of(Guid coopId) =>
        _running.Where(p => p.Key.Coop == coopId).Select(p => (p.Key.Period, p.Value)).ToList();
}
