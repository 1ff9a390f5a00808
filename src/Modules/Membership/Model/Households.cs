using CoopSante.Platform.Data;

namespace CoopSante.Membership.Model;

/// <summary>A person of a member's household (spouse, child); they need not be members.</summary>
internal sealed class HouseholdPerson : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    public Guid MemberId { get; set; }
    public HouseholdRelationship Relationship { get; set; }
    public string FamilyName { get; set; } = "";
    public string GivenName { get; set; } = "";
    public DateOnly DateOfBirth { get; set; }
    public bool SameAddress { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When staff recorded that the person was told why their information is collected and how it is used (Law 25, s. 8).</summary>
    public DateTimeOffset? NoticeGivenAt { get; set; }
}
