using System.Text.Json;
using System.Text.Json.Serialization;
using CoopSante.Membership.Data;
using CoopSante.Membership.Households;
using CoopSante.Membership.Model;
using CoopSante.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Register;

/// <summary>
/// A member's detail on PostgreSQL in one statement, one round trip (ADR 0027): the member, the qualifying amount of its
/// category under the by-laws in force, and its status history, share lines and household as JSON arrays, in the same
/// order as the provider-neutral queries of <see cref="RegisterApi.DetailAsync"/>. Raw SQL skips the query filters, so
/// every table is narrowed by the caller's coop here: another coop's member is not found. The statement runs through
/// <see cref="PostgresRows"/> (ADR 0035), not EF's SqlQuery, whose raw-SQL path regenerates the command on every call.
/// </summary>
internal static class MemberDetailQuery
{
    /// <summary>The statement's row (snake_case columns, as every mapped name); the three lists are JSON text.</summary>
    internal sealed record Row(Guid Id, int Version, int? MemberNumber, string Kind, string FamilyName, string GivenName, DateOnly? DateOfBirth,
        string Street, string City, string Province, string PostalCode, string? Phone, string? Email, string PreferredLanguage, string Category,
        string Status, DateOnly StatusSince, DateOnly? AdmittedOn, decimal SharesSubscribed, decimal SharesPaid, int SharesHeld, decimal QualifyingAmount,
        string History, string Shares, string Household);

    private sealed record HouseholdRow(Guid Id, int Version, HouseholdRelationship Relationship, string FamilyName, string GivenName, DateOnly DateOfBirth, bool SameAddress);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The detail, or null when the member is not in the caller's coop.</summary>
    public static async Task<MemberDetail?> ReadAsync(MembershipDbContext db, Guid memberId, DateOnly today, CancellationToken ct)
    {
        var coop = db.CurrentCoopId;
        var rows = await PostgresRows.ReadAsync<Row>(db, $"""
            SELECT m.id, m.version, m.member_number, m.kind, m.family_name, m.given_name, m.date_of_birth, m.street, m.city, m.province,
                   m.postal_code, m.phone, m.email, m.preferred_language, m.category, m.status, m.status_since, m.admitted_on,
                   m.shares_subscribed, m.shares_paid, m.shares_held,
                   COALESCE((SELECT t.qualifying_shares * t.share_unit_value FROM membership.bylaws_category_terms t
                             WHERE t.coop_id = {coop} AND t.category = m.category AND t.bylaws_version_id = (
                                 SELECT b.id FROM membership.bylaws_versions b WHERE b.coop_id = {coop}
                                 ORDER BY b.effective_from <= {today} DESC,
                                          CASE WHEN b.effective_from <= {today} THEN b.effective_from ELSE '-infinity'::date END DESC,
                                          b.effective_from, b.recorded_at DESC
                                 LIMIT 1)
                             LIMIT 1), 0) AS qualifying_amount,
                   (SELECT COALESCE(json_agg(json_build_object('from', s."from", 'to', s."to", 'effectiveOn', s.effective_on, 'reason', s.reason,
                               'resolutionNumber', s.resolution_number, 'recordedAt', s.recorded_at) ORDER BY s.recorded_at, s.effective_on, s.id), '[]')
                    FROM membership.member_status_changes s WHERE s.coop_id = {coop} AND s.member_id = m.id)::text AS history,
                   (SELECT COALESCE(json_agg(json_build_object('id', t.id, 'kind', t.kind, 'occurredOn', t.occurred_on, 'shares', t.shares, 'amount', t.amount,
                               'method', t.method, 'receiptNumber', t.receipt_number, 'resolutionNumber', t.resolution_number,
                               'counterpartyMemberId', t.counterparty_member_id, 'subscribedAmount', t.subscribed_amount) ORDER BY t.occurred_on, t.recorded_at), '[]')
                    FROM membership.share_transactions t WHERE t.coop_id = {coop} AND t.member_id = m.id)::text AS shares,
                   (SELECT COALESCE(json_agg(json_build_object('id', h.id, 'version', h.version, 'relationship', h.relationship, 'familyName', h.family_name,
                               'givenName', h.given_name, 'dateOfBirth', h.date_of_birth, 'sameAddress', h.same_address) ORDER BY h.relationship, h.date_of_birth), '[]')
                    FROM membership.household_persons h WHERE h.coop_id = {coop} AND h.member_id = m.id)::text AS household
            FROM membership.members m
            WHERE m.coop_id = {coop} AND m.id = {memberId}
            """, ct);
        if (rows is not [var r]) return null;

        var identity = new MemberInput
        {
            Kind = Enum.Parse<MemberKind>(r.Kind), FamilyName = r.FamilyName, GivenName = r.GivenName, DateOfBirth = r.DateOfBirth, Street = r.Street,
            City = r.City, Province = r.Province, PostalCode = r.PostalCode, Phone = r.Phone, Email = r.Email, PreferredLanguage = r.PreferredLanguage,
            Category = Enum.Parse<MemberCategory>(r.Category),
        };
        var status = Enum.Parse<MemberStatus>(r.Status);
        // JSON carries the session's time zone: instants come back in UTC, as the entity queries return them.
        var history = Parse<StatusChangeDto>(r.History).Select(s => s with { RecordedAt = s.RecordedAt.ToUniversalTime() }).ToList();
        var household = Parse<HouseholdRow>(r.Household)
            .Select(h => new HouseholdPersonDto(h.Id, h.Version, h.Relationship, h.FamilyName, h.GivenName, h.DateOfBirth, h.SameAddress,
                HouseholdEligibility.PersonIsEligibleFamily(h.Relationship, h.DateOfBirth, h.SameAddress, today)))
            .ToList();
        return new MemberDetail(r.Id, r.Version, r.MemberNumber, identity, status, r.StatusSince, r.AdmittedOn, r.SharesHeld,
            r.SharesSubscribed, r.SharesPaid, r.SharesSubscribed - r.SharesPaid, r.QualifyingAmount,
            GoodStanding.MemberIsInGoodStanding(status, r.SharesPaid, r.QualifyingAmount), history, Parse<ShareLineDto>(r.Shares), household);
    }

    private static List<T> Parse<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];
}
