using System.Globalization;
using System.Text.Json;
using CoopSante.Membership.Common;
using CoopSante.Membership.Contributions;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Membership.Register;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Portal;

internal sealed record ApplicationDto(ApplicationChannel Channel, ApplicationStatus Status, DateTimeOffset SubmittedAt, string ConsentTextVersion, DateTimeOffset ConsentedAt);

/// <summary>Everything the register holds about one member (Law 25 portability), and nothing about anyone else except household persons they declared.</summary>
internal sealed record PersonalDataExport(MemberDetail Member, IReadOnlyList<ConsentDto> Consents, IReadOnlyList<ApplicationDto> Applications,
    MemberContributionsDto Contributions, DateTimeOffset ExportedAt);

internal static class PersonalData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<PersonalDataExport> CollectAsync(MembershipDbContext db, TimeProvider clock, Member m, CancellationToken ct)
    {
        var detail = await RegisterApi.DetailAsync(db, clock, m.Id, ct);
        var consents = await db.Consents.AsNoTracking().Where(c => c.MemberId == m.Id).OrderBy(c => c.GivenAt)
            .Select(c => new ConsentDto(c.Id, c.Purpose, c.TextVersion, c.GivenAt, c.WithdrawnAt)).ToListAsync(ct);
        var applications = await db.Applications.AsNoTracking().Where(a => a.MemberId == m.Id).OrderBy(a => a.SubmittedAt)
            .Select(a => new ApplicationDto(a.Channel, a.Status, a.SubmittedAt, a.ConsentTextVersion, a.ConsentedAt)).ToListAsync(ct);
        // The annual contributions charged, paid and waived (with the waivers' reasons): what the register holds about the member's money beside shares.
        var contributions = await ContributionsApi.ForMemberAsync(db, clock.Today(), m.Id, ct);
        return new PersonalDataExport(detail, consents, applications, contributions, clock.GetUtcNow());
    }

    /// <summary>The same data as the JSON export, flattened to section / item / field / value lines.</summary>
    public static byte[] ToCsv(PersonalDataExport data)
    {
        var root = JsonSerializer.SerializeToElement(data, Json);
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, SpreadsheetCells.Csv(), leaveOpen: true))
        {
            csv.WriteRecord(["section", "item", "field", "value"]);
            Flatten(csv, "", "", root);
        }
        return buffer.ToArray();
    }

    private static void Flatten(CsvWriter csv, string section, string item, JsonElement e, string field = "")
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    var isTop = section.Length == 0;
                    Flatten(csv, isTop ? p.Name : section, item, p.Value, isTop ? "" : field.Length == 0 ? p.Name : field + "." + p.Name);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var x in e.EnumerateArray())
                    Flatten(csv, field.Length == 0 ? section : section + "." + field, (++i).ToString(CultureInfo.InvariantCulture), x);
                break;
            default:
                csv.WriteRecord([section, item, field, e.ValueKind == JsonValueKind.Null ? "" : e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : e.GetRawText()]);
                break;
        }
    }
}
