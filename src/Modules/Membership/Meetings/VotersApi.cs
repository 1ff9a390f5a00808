using System.Globalization;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Resources;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Security;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace CoopSante.Membership.Meetings;

internal sealed record VoterItem(Guid Id, int MemberNumber, string FamilyName, string GivenName, MemberCategory Category);

/// <summary>The list of members entitled to vote as of a date (active and in good standing on that date).</summary>
internal static class VotersApi
{
    internal static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapGet("/voters", List).WithSummary("Pages through the members entitled to vote as of a date (default: today).");
        meetings.MapGet("/voters.csv", Csv).WithSummary("The list of members entitled to vote as of a date, as CSV.");
    }

    public static async Task<Ok<Page<VoterItem>>> List(MembershipDbContext db, TimeProvider clock, CancellationToken ct, DateOnly? asOf = null, int? page = null, int? pageSize = null)
    {
        var request = PageRequest.From(page, pageSize);
        var voters = await Voters.AsOfAsync(db, Day(asOf, clock), ct);
        var items = voters.Skip(request.Skip).Take(request.PageSize).Select(Item).ToList();
        return TypedResults.Ok(new Page<VoterItem>(items, voters.Count, request.Page, request.PageSize));
    }

    public static async Task<FileContentHttpResult> Csv(Guid coopId, MembershipDbContext db, IAuditTrail audit, IStringLocalizer<MeetingsText> text, TimeProvider clock, CancellationToken ct, DateOnly? asOf = null)
    {
        var day = Day(asOf, clock);
        var voters = await Voters.AsOfAsync(db, day, ct);
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, SpreadsheetCells.Csv(';', CsvQuoting.Always), leaveOpen: true))
        {
            await csv.WriteRecordAsync([text["Voters.MemberNumber"].Value, text["Voters.FamilyName"].Value, text["Voters.GivenName"].Value, text["Voters.Category"].Value], ct);
            foreach (var v in voters)
                await csv.WriteRecordAsync([v.MemberNumber.ToString(CultureInfo.InvariantCulture), v.FamilyName, v.GivenName, MembershipTerms.Category(v.Category, CultureInfo.CurrentUICulture)], ct);
        }
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.DataExported, "VotersList", day.ToString("O", CultureInfo.InvariantCulture), coopId, new { AsOf = day, Rows = voters.Count })], ct);
        var bytes = buffer.ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"voters-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }

    private static DateOnly Day(DateOnly? asOf, TimeProvider clock)
    {
        var today = clock.Today();
        var day = asOf ?? today;
        if (day > today.AddYears(3) || day.Year < 1900) throw new DomainException(PlatformErrors.InvalidValue.At("asOf"));
        return day;
    }

    private static VoterItem Item(Voter v) => new(v.Id, v.MemberNumber, v.FamilyName, v.GivenName, v.Category);
}
