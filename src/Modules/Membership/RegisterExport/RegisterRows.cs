using System.Globalization;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.RegisterIo;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.RegisterExport;

/// <summary>One line of the register as the Act lists it, with the dates drawn from the share ledger.</summary>
internal sealed record RegisterRow(
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
    public static IQueryable<RegisterRow> Query(MembershipDbContext db)
    {
        // One pass over the ledger, grouped per member, rather than three lookups per member.
        var ledger = db.ShareTransactions.GroupBy(t => t.MemberId).Select(g => new
        {
            MemberId = g.Key,
            SubscribedOn = g.Min(t => t.Kind == ShareTransactionKind.Subscription || t.Kind == ShareTransactionKind.OpeningBalance ? (DateOnly?)t.OccurredOn : null),
            TransferredOn = g.Max(t => t.Kind == ShareTransactionKind.TransferIn || t.Kind == ShareTransactionKind.TransferOut ? (DateOnly?)t.OccurredOn : null),
            RefundedOn = g.Max(t => t.Kind == ShareTransactionKind.Refund ? (DateOnly?)t.OccurredOn : null),
        });
        return from m in db.Members.AsNoTracking()
               join l in ledger on m.Id equals l.MemberId into lj
               from l in lj.DefaultIfEmpty()
               orderby m.MemberNumber == null, m.MemberNumber, m.FamilyName, m.Id
               select new RegisterRow(
                   m.MemberNumber, m.Kind, m.FamilyName, m.GivenName, m.DateOfBirth, m.Street, m.City, m.Province, m.PostalCode, m.Phone, m.Email,
                   m.PreferredLanguage, m.Category, m.Status, m.StatusSince, m.AdmittedOn,
                   l == null ? null : l.SubscribedOn, l == null ? null : l.TransferredOn, l == null ? null : l.RefundedOn,
                   m.SharesHeld, m.SharesSubscribed, m.SharesPaid);
    }
}
