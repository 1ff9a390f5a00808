using System.Text.Json.Serialization;

namespace CoopSante.Membership.Model;

/// <summary>
/// The classes of shares the register keeps (s. 124). Qualifying shares (<i>parts de qualification</i>) make a member;
/// preferred shares (<i>parts privilégiées</i>) exist only where the by-laws create them, at their own price, and never
/// count toward the qualifying amount or the right to vote.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ShareClass>))]
internal enum ShareClass
{
    /// <summary>Never stored: the sentinel that lets the database default apply to rows written without a class.</summary>
    None = 0,
    Qualifying = 1,
    Preferred = 2,
}
