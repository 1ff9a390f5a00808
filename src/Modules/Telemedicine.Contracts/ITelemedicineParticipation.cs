namespace CoopSante.Telemedicine.Contracts;

/// <summary>
/// Which coops take part in the federation's telemedicine program on a date (the federation's figures and its
/// advantages catalogue read it). Never used for care: a person's access to insured services does not depend on it.
/// </summary>
public interface ITelemedicineParticipation
{
    /// <summary>The coops participating in the program on <paramref name="date"/>.</summary>
    Task<IReadOnlyList<Guid>> ParticipatingCoopsAsync(DateOnly date, CancellationToken ct = default);
}
