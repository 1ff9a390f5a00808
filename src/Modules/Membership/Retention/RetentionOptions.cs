namespace CoopSante.Membership.Retention;

/// <summary>
/// How long the register keeps the identity of people it no longer needs (Law 25, s. 23: destroy or anonymize once the
/// purpose is served). Set under <c>Membership:Retention</c>; see docs/retention.md for the periods and their reasons.
/// </summary>
internal sealed class RetentionOptions
{
    public const string Section = "Membership:Retention";

    /// <summary>A refused application is kept this long after the board's decision (time to contest it, to apply again).</summary>
    public int RefusedApplicationMonths { get; set; } = 12;

    /// <summary>A former member (resigned, excluded, deceased) is kept this long after the membership ended (tax and share-refund records).</summary>
    public int FormerMemberYears { get; set; } = 7;
}
