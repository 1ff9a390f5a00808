using System.Text.Json.Serialization;
namespace CoopSante.Compliance.Campaigns;

/// <summary>A coop's answer to one recommendation of its assessment.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Answer>))]
internal enum Answer
{
    Compliant = 1,
    Partial = 2,
    NonCompliant = 3,
    /// <summary>Needs a justification; left out of the score.</summary>
    NotApplicable = 4,
}
