using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership;
using CoopSante.Membership.AnnualReports;
using CoopSante.Membership.Contracts;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Membership.Meetings.Governance;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>The annual report by the Cooperatives Act: its contents (s. 132), approval and attestation (s. 133), sending within 30 days of the AGM (s. 134).</summary>
public sealed class AnnualReportTests(AppFixture app) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Guid _coop = Guid.CreateVersion7();
    private readonly int _year = MeetingsData.Today.Year - 1;
    private MeetingsData _data = null!;
    private HttpClient _admin = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = new MeetingsData(app, _coop);
        await _data.BylawsAsync();
        _admin = await app.ClientAsync(Role.CoopAdmin, _coop);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Url(string path = "") => $"/api/v1/coops/{_coop}/annual-reports/{_year}{path}";

    private async Task<T> Db<T>(Func<MembershipDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(_coop);
        return await query(scope.ServiceProvider.GetRequiredService<MembershipDbContext>());
    }

    private async Task<int> AuditCountAsync(AuditEventType type)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEvents.CountAsync(a => a.Type == type && a.CoopId == _coop);
    }

    private async Task<Guid> DirectorAsync(HttpClient client, Guid coop, string name, DateOnly termStart, DateOnly termEnd, DateOnly? leftOn = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/coops/{coop}/directors", new
        {
            name, domicile = "5 rue du Collège, Joliette J6E 1A1", category = "User", termStart, termEnd, leftOn,
        });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<DirectorItem>(Json))!.Id;
    }

    private Task<Guid> DirectorInOfficeAsync(string name) => DirectorAsync(_admin, _coop, name, MeetingsData.Today.AddYears(-1), MeetingsData.Today.AddYears(1));

    private async Task AgmAsync(DateOnly date) => await Db(db =>
    {
        db.Add(new Meeting
        {
            Id = Guid.CreateVersion7(), CoopId = _coop, Kind = MeetingKind.Annual, Status = MeetingStatus.Held, Date = date, StartTime = new TimeOnly(19, 0),
            Place = "Salle paroissiale", FiscalYear = _year, CreatedAt = DateTimeOffset.UtcNow,
        });
        return db.SaveChangesAsync();
    });

    private async Task<AnnualReportView> ViewAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AnnualReportView>(Json))!;
    }

    private async Task<AnnualReportView> ApproveAsync() =>
        await ViewAsync(await _admin.PostAsJsonAsync(Url("/approval"), new { decidedOn = MeetingsData.Today, resolutionNumber = "CA-2026-31", employees = 14 }));

    private async Task<HttpResponseMessage> AttestAsync(int version, Guid directorId, DateOnly? on = null) =>
        await _admin.PostAsJsonAsync(Url("/attestations"), new { version, directorId, attestedOn = on ?? MeetingsData.Today });

    [Fact]
    public async Task The_annual_report_is_approved_by_the_board_attested_by_two_directors_and_sent_within_30_days_after_the_AGM_s133_s134()
    {
        var first = await DirectorInOfficeAsync("Anne Administratrice");
        var second = await DirectorInOfficeAsync("Bruno Administrateur");
        await AgmAsync(MeetingsData.Today.AddDays(-5));

        var before = await _admin.GetFromJsonAsync<AnnualReportView>(Url(), Json);
        Assert.Equal((MeetingsData.Today.AddDays(25), ReportDeadlineState.Due), (before!.Figures.AnnualReportDeadline, before.DeadlineState));
        await ProblemAssert.IsProblem(await AttestAsync(0, first), HttpStatusCode.Conflict, "AnnualReport.NotApproved");
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url("/sending"), new { version = 0, sentOn = MeetingsData.Today, sentTo = "Ministère" }),
            HttpStatusCode.Conflict, "AnnualReport.NotApproved");

        var approved = await ApproveAsync();
        Assert.Equal((MeetingsData.Today, "CA-2026-31", (int?)14), (approved.Filing.ApprovedOn, approved.Filing.ResolutionNumber, approved.Filing.Employees));
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url("/approval"), new { decidedOn = MeetingsData.Today, resolutionNumber = "CA-2" }),
            HttpStatusCode.Conflict, "AnnualReport.AlreadyApproved");
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url("/sending"), new { version = approved.Filing.Version, sentOn = MeetingsData.Today, sentTo = "Ministère" }),
            HttpStatusCode.Conflict, "AnnualReport.NotAttested");

        var once = await ViewAsync(await AttestAsync(approved.Filing.Version, first));
        await ProblemAssert.IsProblem(await AttestAsync(once.Filing.Version, first), HttpStatusCode.UnprocessableEntity, "AnnualReport.SameDirectorTwice");
        var twice = await ViewAsync(await AttestAsync(once.Filing.Version, second));
        Assert.Equal(("Anne Administratrice", "Bruno Administrateur"), (twice.Filing.FirstDirector!.Name, twice.Filing.SecondDirector!.Name));
        var third = await DirectorInOfficeAsync("Claude Troisième");
        await ProblemAssert.IsProblem(await AttestAsync(twice.Filing.Version, third), HttpStatusCode.Conflict, "AnnualReport.AlreadyAttested");

        var sent = await ViewAsync(await _admin.PostAsJsonAsync(Url("/sending"), new { version = twice.Filing.Version, sentOn = MeetingsData.Today, sentTo = "Ministère de l'Économie — service en ligne" }));
        Assert.Equal((ReportDeadlineState.Sent, (DateOnly?)MeetingsData.Today), (sent.DeadlineState, sent.Filing.SentOn));
        await ProblemAssert.IsProblem(await _admin.PostAsJsonAsync(Url("/sending"), new { version = sent.Filing.Version, sentOn = MeetingsData.Today, sentTo = "Encore" }),
            HttpStatusCode.Conflict, "AnnualReport.AlreadySent");
        Assert.Equal((1, 2, 1), (await AuditCountAsync(AuditEventType.AnnualReportApproved), await AuditCountAsync(AuditEventType.AnnualReportAttested),
            await AuditCountAsync(AuditEventType.AnnualReportSent)));

        // Compliance reads it through the contract: the report of that fiscal year, sent on that day, and the whole board in office.
        await using var scope = app.Services.CreateAsyncScope();
        var dates = await scope.ServiceProvider.GetRequiredService<IGovernanceCalendar>().DatesAsync(_coop, MeetingsData.Today, CancellationToken.None);
        Assert.Equal((_year, (DateOnly?)MeetingsData.Today, (DateOnly?)MeetingsData.Today, true),
            (dates!.FiscalYear, dates.AnnualReportSentOn, dates.AnnualReportApprovedOn, dates.AnnualReportAttested));
        Assert.Equal([new BoardSeats(MembershipCategory.User, 3)], dates.BoardInOffice);
    }

    [Fact]
    public async Task Only_a_director_in_office_on_the_day_attests_the_annual_report_s133()
    {
        var ended = await DirectorAsync(_admin, _coop, "Ancien Mandat", MeetingsData.Today.AddYears(-3), MeetingsData.Today.AddYears(-1));
        var left = await DirectorAsync(_admin, _coop, "Parti Tôt", MeetingsData.Today.AddYears(-1), MeetingsData.Today.AddYears(1), leftOn: MeetingsData.Today.AddDays(-2));
        var otherCoop = Guid.CreateVersion7();
        await new MeetingsData(app, otherCoop).BylawsAsync();
        var foreign = await DirectorAsync(await app.ClientAsync(Role.CoopAdmin, otherCoop), otherCoop, "Autre Coop", MeetingsData.Today.AddYears(-1), MeetingsData.Today.AddYears(1));
        var approved = await ApproveAsync();

        await ProblemAssert.IsProblem(await AttestAsync(approved.Filing.Version, Guid.NewGuid()), HttpStatusCode.UnprocessableEntity, "AnnualReport.NotADirector");
        await ProblemAssert.IsProblem(await AttestAsync(approved.Filing.Version, foreign), HttpStatusCode.UnprocessableEntity, "AnnualReport.NotADirector");
        await ProblemAssert.IsProblem(await AttestAsync(approved.Filing.Version, ended), HttpStatusCode.UnprocessableEntity, "AnnualReport.DirectorNotInOffice");
        await ProblemAssert.IsProblem(await AttestAsync(approved.Filing.Version, left), HttpStatusCode.UnprocessableEntity, "AnnualReport.DirectorNotInOffice");
        var stored = await Db(db => db.Set<AnnualReportFiling>().AsNoTracking().SingleAsync());
        Assert.Equal(((Guid?)null, (Guid?)null), (stored.FirstDirectorId, stored.SecondDirectorId));
        Assert.Equal(0, await AuditCountAsync(AuditEventType.AnnualReportAttested));
    }

    [Theory]
    [InlineData("decidedOn", "Platform.InvalidValue")]
    [InlineData("yearEnd", "AnnualReport.FiscalYearNotEnded")]
    [InlineData("control", "Platform.MalformedRequest")]
    [InlineData("long", "Platform.TooLong")]
    [InlineData("formula", "")]
    [InlineData("employees", "Platform.InvalidValue")]
    public async Task A_hostile_approval_is_refused_with_its_code_and_writes_nothing(string what, string code)
    {
        var yearEnd = new DateOnly(_year, 12, 31);
        object body = what switch
        {
            "decidedOn" => new { decidedOn = MeetingsData.Today.AddDays(1), resolutionNumber = "CA-1" },
            "yearEnd" => new { decidedOn = yearEnd, resolutionNumber = "CA-1" },
            // The platform refuses control characters in any JSON body before the feature sees it.
            "control" => new { decidedOn = MeetingsData.Today, resolutionNumber = "CA\u001B-1" },
            "long" => new { decidedOn = MeetingsData.Today, resolutionNumber = new string('9', 51) },
            "formula" => new { decidedOn = MeetingsData.Today, resolutionNumber = "=HYPERLINK(\"x\")" },
            _ => new { decidedOn = MeetingsData.Today, resolutionNumber = "CA-1", employees = -1 },
        };
        var response = await _admin.PostAsJsonAsync(Url("/approval"), body);
        if (what == "formula")
        {
            // Kept as text (a resolution number is the board's own); the PDF prints it, it is never a spreadsheet cell.
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }
        await ProblemAssert.IsProblem(response, code == "AnnualReport.FiscalYearNotEnded" ? HttpStatusCode.UnprocessableEntity : HttpStatusCode.BadRequest, code);
        Assert.Equal(0, await Db(db => db.Set<AnnualReportFiling>().CountAsync()));
        Assert.Equal(0, await AuditCountAsync(AuditEventType.AnnualReportApproved));
    }

    [Fact]
    public async Task Reception_reads_the_annual_report_but_only_the_board_approves_attests_and_sends_it()
    {
        var staff = await app.ClientAsync(Role.CoopStaff, _coop);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(Url())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync(Url("/approval"), new { decidedOn = MeetingsData.Today, resolutionNumber = "CA-1" })).StatusCode);
        Assert.Equal(0, await Db(db => db.Set<AnnualReportFiling>().CountAsync()));
        var other = Guid.CreateVersion7();
        await new MeetingsData(app, other).BylawsAsync();
        var outsider = await app.ClientAsync(Role.CoopAdmin, other);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync(Url("/approval"), new { decidedOn = MeetingsData.Today, resolutionNumber = "CA-1" })).StatusCode);
    }

    [Fact]
    public async Task The_annual_report_lists_the_refund_requests_received_decided_and_paid_and_the_expected_repayments_s132_s38()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var fed = scope.ServiceProvider.GetRequiredService<FederationDbContext>();
            fed.Coops.Add(new Coop
            {
                Id = _coop, Name = "Coop santé Rapport-Test", LegalName = "Coopérative de solidarité santé Rapport-Test", Neq = "1164583921",
                Address = "77 rue Notre-Dame", City = "Joliette", PostalCode = "J6E 3K1", RegionCode = "14", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await fed.SaveChangesAsync();
        }
        var paid = await _data.MemberAsync("Payé", "Paul", status: MemberStatus.Resigned, admitted: new DateOnly(_year - 2, 1, 10));
        var approvedOnly = await _data.MemberAsync("Approuvé", "Anna", status: MemberStatus.Resigned, admitted: new DateOnly(_year - 2, 1, 10));
        var queued = await _data.MemberAsync("Enfile", "Eve", status: MemberStatus.Deceased, admitted: new DateOnly(_year - 2, 1, 10));
        var nextYear = await _data.MemberAsync("Suivant", "Sam", status: MemberStatus.Resigned, admitted: new DateOnly(_year - 2, 1, 10));
        await Db(db =>
        {
            var batch = new RefundBatch
            {
                Id = Guid.CreateVersion7(), CoopId = _coop, ResolutionNumber = "CA-R-1", DecidedOn = new DateOnly(_year, 6, 1), Solvent = true, StabilityPreserved = true,
                FunderCommitmentsMet = true, Approved = true, Requests = 2, Total = 200m, RecordedAt = DateTimeOffset.UtcNow,
            };
            db.RefundBatches.Add(batch);
            db.RefundBatches.Add(new RefundBatch
            {
                Id = Guid.CreateVersion7(), CoopId = _coop, ResolutionNumber = "CA-R-0", DecidedOn = new DateOnly(_year, 4, 1), Solvent = true, StabilityPreserved = false,
                FunderCommitmentsMet = true, Approved = false, Requests = 2, Total = 200m, RecordedAt = DateTimeOffset.UtcNow,
            });
            ShareRefundRequest Request(Member m, DateOnly on, RefundRequestStatus status, Guid? batchId, DateOnly? paidOn) => new()
            {
                Id = Guid.CreateVersion7(), CoopId = _coop, MemberId = m.Id, Ground = status == RefundRequestStatus.Requested ? RefundGround.Estate : RefundGround.MembershipEnded,
                Status = status, RequestedOn = on, Amount = 100m, Shares = 10, BatchId = batchId, PaidOn = paidOn, RecordedAt = DateTimeOffset.UtcNow,
            };
            db.RefundRequests.AddRange(
                Request(paid, new DateOnly(_year, 2, 1), RefundRequestStatus.Paid, batch.Id, new DateOnly(_year, 7, 1)),
                Request(approvedOnly, new DateOnly(_year, 3, 1), RefundRequestStatus.Approved, batch.Id, null),
                Request(queued, new DateOnly(_year, 11, 1), RefundRequestStatus.Requested, null, null),
                Request(nextYear, new DateOnly(_year + 1, 1, 5), RefundRequestStatus.Requested, null, null));
            return db.SaveChangesAsync();
        });

        var view = await _admin.GetFromJsonAsync<AnnualReportView>(Url(), Json);
        Assert.Equal(new RefundSummary(3, 300m, 2, 200m, 1, 1, 100m, 1, 100m, 1, 100m), view!.Refunds);
        Assert.Equal(200m, view.Refunds.ExpectedRepayments);
        var page = await _admin.GetFromJsonAsync<Page<ReportRefundLine>>(Url("/refund-requests?pageSize=2"), Json);
        Assert.Equal((3, 2), (page!.Total, page.Items.Count));
        Assert.Equal([RefundRequestStatus.Paid, RefundRequestStatus.Approved], page.Items.Select(i => i.StatusAtYearEnd));
        await ProblemAssert.IsProblem(await _admin.GetAsync(Url("/refund-requests?pageSize=100000")), HttpStatusCode.BadRequest, "Platform.InvalidPage");

        // The exports page's CSV of the annual report's figures carries the same statement.
        var csv = System.Text.Encoding.UTF8.GetString(await (await _admin.GetAsync($"/api/v1/coops/{_coop}/meetings/annual-report.csv?fiscalYear={_year}")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Remboursements prévus,200.00", csv, StringComparison.Ordinal);
        Assert.Contains("En attente de la décision du conseil (1),100.00", csv, StringComparison.Ordinal);

        var pdf = await _admin.GetAsync(Url("/report.pdf?lang=fr"));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = PdfText(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Coopérative de solidarité santé Rapport-Test", text, StringComparison.Ordinal); // the letterhead names the coop by its legal name
        Assert.Contains($"Rapport annuel de l'exercice {_year}", text, StringComparison.Ordinal);
        Assert.Contains("Remboursements prévus", text, StringComparison.Ordinal);
        Assert.Contains("Enfile", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Suivant", text, StringComparison.Ordinal);
        Assert.Contains("Attesté par deux administrateurs (art. 133)", text, StringComparison.Ordinal);
        var english = PdfText(await (await _admin.GetAsync(Url("/report.pdf?lang=en"))).Content.ReadAsByteArrayAsync());
        Assert.Contains("Expected repayments", english, StringComparison.Ordinal);
        await ProblemAssert.IsProblem(await _admin.GetAsync(Url("/report.pdf?lang=de")), HttpStatusCode.BadRequest, "Platform.InvalidValue");
    }

    private static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
