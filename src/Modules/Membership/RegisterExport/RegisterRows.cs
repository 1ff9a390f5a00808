using System.Globalization;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.RegisterIo;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.RegisterExport;

/// <summary>One line of the register as the Act lists it, with the dates drawn from the share ledger.</summary>
public sealed record RegisterRow(
    int? MemberNumber, MemberKind Kind, string FamilyName, string GivenName, DateOnly? DateOfBirth, string Street, string City, string Province,
    string PostalCode, string? Phone, string? Email, string PreferredLanguage, MemberCategory Category, MemberStatus Status, DateOnly StatusSince,
    DateOnly? AdmittedOn, DateOnly? SubscribedOn, DateOnly? TransferredOn, DateOnly? RefundedOn, int SharesHeld, decimal SharesSubscribed, decimal SharesPaid)
{
    public decimal SharesOwing => SharesSubscribed - SharesPaid;

    /// <summary>The cell of <paramref name="column"/>, as text in <paramref name="culture"/> (dates ISO, amounts with a point).</summary>
    public string Cell(RegisterColumn column, CultureInfo culture) => column switch
    {
        RegisterColumn.MemberNumber => MemberNumber?.ToString(CultureInfo.InvariantCulture) ?? "",
        RegisterColumn.Kind => RegisterColumns.Label(Kind, culture),
        RegisterColumn.FamilyName => FamilyName,
        RegisterColumn.GivenName => GivenName,
        RegisterColumn.DateOfBirth => RegisterColumns.Format(DateOfBirth),
        RegisterColumn.Street => Street,
        RegisterColumn.City => City,
        RegisterColumn.Province => Province,
        RegisterColumn.PostalCode => PostalCode,
        RegisterColumn.Phone => Phone ?? "",
        RegisterColumn.Email => Email ?? "",
        RegisterColumn.PreferredLanguage => PreferredLanguage,
        RegisterColumn.Category => RegisterColumns.Label(Category, culture),
        RegisterColumn.Status => RegisterColumns.Label(Status, culture),
        RegisterColumn.StatusSince => RegisterColumns.Format(StatusSince),
        RegisterColumn.AdmittedOn => RegisterColumns.Format(AdmittedOn),
        RegisterColumn.SubscribedOn => RegisterColumns.Format(SubscribedOn),
        RegisterColumn.TransferredOn => RegisterColumns.Format(TransferredOn),
        RegisterColumn.RefundedOn => RegisterColumns.Format(RefundedOn),
        RegisterColumn.SharesHeld => SharesHeld.ToString(CultureInfo.InvariantCulture),
        RegisterColumn.SharesSubscribed => RegisterColumns.Format(SharesSubscribed),
        RegisterColumn.SharesPaid => RegisterColumns.Format(SharesPaid),
        RegisterColumn.SharesOwing => RegisterColumns.Format(SharesOwing),
        _ => "",
    };

    /// <summary>The register of the active coop in member-number order (applicants last), read as a stream.</summary>
    public static IQueryable<RegisterRow> Query(MembershipDbContext db) =>
        db.Members.AsNoTracking()
            .OrderBy(m => m.MemberNumber == null).ThenBy(m => m.MemberNumber).ThenBy(m => m.FamilyName).ThenBy(m => m.Id)
            .Select(m => new RegisterRow(
                m.MemberNumber, m.Kind, m.FamilyName, m.GivenName, m.DateOfBirth, m.Street, m.City, m.Province, m.PostalCode, m.Phone, m.Email,
                m.PreferredLanguage, m.Category, m.Status, m.StatusSince, m.AdmittedOn,
                db.ShareTransactions.Where(t => t.MemberId == m.Id && t.Kind == ShareTransactionKind.Subscription).Min(t => (DateOnly?)t.OccurredOn),
                db.ShareTransactions.Where(t => t.MemberId == m.Id && (t.Kind == ShareTransactionKind.TransferIn || t.Kind == ShareTransactionKind.TransferOut)).Max(t => (DateOnly?)t.OccurredOn),
                db.ShareTransactions.Where(t => t.MemberId == m.Id && t.Kind == ShareTransactionKind.Refund).Max(t => (DateOnly?)t.OccurredOn),
                m.SharesHeld, m.SharesSubscribed, m.SharesPaid));
}
