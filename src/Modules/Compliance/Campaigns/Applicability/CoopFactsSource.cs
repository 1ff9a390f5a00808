using CoopSante.Membership.Contracts;
using CoopSante.Telemedicine.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Compliance.Campaigns.Applicability;

/// <summary>What is known of a coop when its assessment is built; null where the source is not there (shown as such, never guessed).</summary>
internal sealed record KnownCoopFacts(bool? OffersTelemedicine, int? MemberCount, bool? HasClinic);

/// <summary>The coop facts that applicability conditions read, from the other modules' contracts only.</summary>
internal interface ICoopFactsSource
{
    Task<IReadOnlyDictionary<Guid, KnownCoopFacts>> FactsAsync(IReadOnlyCollection<Guid> coopIds, DateOnly day, CancellationToken ct);
}

/// <summary>
/// Telemedicine from <see cref="ITelemedicineParticipation"/> when a module implements it, members from
/// <see cref="IMemberCounts"/>; no contract says yet whether a coop runs a clinic, so that fact stays unknown.
/// </summary>
internal sealed class CoopFactsSource(IServiceProvider services) : ICoopFactsSource
{
    public async Task<IReadOnlyDictionary<Guid, KnownCoopFacts>> FactsAsync(IReadOnlyCollection<Guid> coopIds, DateOnly day, CancellationToken ct)
    {
        var telemedicine = services.GetService<ITelemedicineParticipation>() is { } participation
            ? (await participation.ParticipatingCoopsAsync(day, ct)).ToHashSet()
            : null;
        var members = services.GetService<IMemberCounts>() is { } counts ? await counts.ActiveByCoopAsync(ct) : null;
        return coopIds.Distinct().ToDictionary(id => id, id => new KnownCoopFacts(
            telemedicine?.Contains(id),
            members is not null ? members.GetValueOrDefault(id) : null,
            null));
    }
}
