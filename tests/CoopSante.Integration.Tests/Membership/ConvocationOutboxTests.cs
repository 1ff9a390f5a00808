using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopSante.Integration.Tests.Infrastructure;
using CoopSante.Membership.Data;
using CoopSante.Membership.Meetings;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopSante.Integration.Tests.Membership;

/// <summary>A convocation is one unit of work: the meeting convened and every notice queued, or neither.</summary>
public sealed class ConvocationOutboxTests(AppFixture app) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] Agenda = ["Ouverture"];
    private readonly Guid _coop = Guid.CreateVersion7();
    private MeetingsData _data = null!;
    private HttpClient _staff = null!;

    public async ValueTask InitializeAsync()
    {
        await app.ResetAsync();
        _data = new MeetingsData(app, _coop);
        await _data.BylawsAsync();
        _staff = await app.ClientAsync(Role.CoopStaff, _coop);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Url(string path = "") => $"/api/v1/coops/{_coop}/meetings{path}";

    private async Task<MeetingDetail> CreateAsync()
    {
        var response = await _staff.PostAsJsonAsync(Url(), new
        {
            kind = "Annual", date = MeetingsData.Today.AddDays(20), startTime = "19:00:00", place = "Salle communautaire", agenda = Agenda,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MeetingDetail>(Json))!;
    }

    private async Task<(MeetingStatus Status, int Mails)> StateAsync(Guid meetingId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActIn(_coop);
        var status = await scope.ServiceProvider.GetRequiredService<MembershipDbContext>().Set<Meeting>().Where(m => m.Id == meetingId).Select(m => m.Status).SingleAsync();
        var mails = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxEmails.CountAsync(e => e.Kind == Convocation.EmailKind && e.CoopId == _coop);
        return (status, mails);
    }

    [Fact]
    public async Task The_convocation_writes_the_meeting_and_every_email_together()
    {
        for (var i = 0; i < 5; i++) await _data.MemberAsync("Membre" + i, "Test", language: i % 2 == 0 ? "fr" : "en");
        var meeting = await CreateAsync();

        var response = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/convene"), new { version = meeting.Version });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((MeetingStatus.Convened, 5), await StateAsync(meeting.Id));
    }

    [Fact]
    public async Task A_convocation_whose_emails_cannot_be_queued_leaves_the_meeting_a_draft_and_queues_nothing()
    {
        for (var i = 0; i < 3; i++) await _data.MemberAsync("Membre" + i, "Test");
        var meeting = await CreateAsync();
        // The outbox refuses every row (as a full disk or a lost connection would), after the meeting's row was written in the same transaction.
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using (var cmd = new NpgsqlCommand("""
            CREATE FUNCTION platform.refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox refused'; END $$;
            CREATE TRIGGER refuse_outbox BEFORE INSERT ON platform.outbox_emails FOR EACH ROW EXECUTE FUNCTION platform.refuse_outbox();
            """, conn)) await cmd.ExecuteNonQueryAsync();
        try
        {
            var response = await _staff.PostAsJsonAsync(Url($"/{meeting.Id}/convene"), new { version = meeting.Version });
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        }
        finally
        {
            await using var drop = new NpgsqlCommand("DROP TRIGGER refuse_outbox ON platform.outbox_emails; DROP FUNCTION platform.refuse_outbox();", conn);
            await drop.ExecuteNonQueryAsync();
        }
        Assert.Equal((MeetingStatus.Draft, 0), await StateAsync(meeting.Id));
    }
}
