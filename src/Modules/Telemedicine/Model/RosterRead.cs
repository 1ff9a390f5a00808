using CoopSante.Platform.Data;

namespace CoopSante.Telemedicine.Model;

/// <summary>
/// One communication of a coop's covered people to the provider (a roster read or an eligibility check): the register of
/// communications that the coop's person in charge of personal information reads (Law 25).
/// </summary>
internal sealed class RosterRead : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
    public Guid? ApiKeyId { get; set; }
    /// <summary>The machine client's name (the key's name).</summary>
    public string ClientName { get; set; } = "";
    /// <summary>"roster-json", "roster-csv" or "eligibility".</summary>
    public string Kind { get; set; } = "";
    public DateTimeOffset? Since { get; set; }
    /// <summary>How many of this coop's people the response held.</summary>
    public int People { get; set; }
}
