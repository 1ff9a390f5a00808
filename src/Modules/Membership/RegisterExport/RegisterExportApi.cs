using CoopSante.Platform.Identity.ApiKeys;
using System.Globalization;
using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.RegisterIo;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CoopSante.Membership.RegisterExport;

/// <summary>The register as a CSV or XLSX file, headers in the caller's language, written row by row as it is read.</summary>
internal static class RegisterExportApi
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The rows a streamed CSV will hold (without its header): the length is unknown before the end, so a client shows progress in rows.</summary>
    public const string RowsHeader = "X-Export-Rows";

    internal static void Map(RouteGroupBuilder coop)
    {
        var register = coop.MapGroup("").RequireAuthorization(MembershipPolicies.CanManageRegister);
        register.MapGet("/members/export", Export).RequireScope(MembershipScopes.MembersRead)
            .WithSummary("The register (s. 124 of the Cooperatives Act) as CSV or XLSX; format=csv|xlsx.");
    }

    public static async Task<IResult> Export(Guid coopId, MembershipDbContext db, IAuditTrail audit, HttpContext http, CancellationToken ct, string? format = "csv")
    {
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (!xlsx && !string.Equals(format ?? "csv", "csv", StringComparison.OrdinalIgnoreCase))
            throw new DomainException(RegisterIoErrors.FormatInvalid.At("format"));
        var culture = CultureInfo.CurrentUICulture;
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.DataExported, "MemberRegister", coopId.ToString(), coopId, new { Format = xlsx ? "xlsx" : "csv" })], ct);
        http.Response.Headers.CacheControl = "no-store";
        var name = $"registre-{DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.{(xlsx ? "xlsx" : "csv")}";
        if (!xlsx)
        {
            http.Response.Headers[RowsHeader] = (await db.Members.CountAsync(ct)).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Stream(stream => WriteCsvAsync(db, stream, culture, http.RequestAborted), CsvType, name);
        }
        // The zip container of XLSX is written to a temporary file (deleted on close), then streamed: nothing is held in memory.
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        await WriteXlsxAsync(db, temp, culture, ct);
        temp.Position = 0;
        return TypedResults.File(temp, XlsxType, name);
    }

    public static async Task WriteCsvAsync(MembershipDbContext db, Stream stream, CultureInfo culture, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(stream, SpreadsheetCells.Csv(), leaveOpen: true);
        await csv.WriteRecordAsync(RegisterColumns.All.Select(c => RegisterColumns.Header(c, culture)).ToArray(), ct);
        var cells = new string[RegisterColumns.All.Count];
        await foreach (var row in RegisterRow.Query(db).AsAsyncEnumerable().WithCancellation(ct))
        {
            for (var i = 0; i < cells.Length; i++) cells[i] = row.Cell(RegisterColumns.All[i], culture);
            await csv.WriteRecordAsync(cells, ct);
        }
        await csv.FlushAsync(ct);
    }

    public static async Task WriteXlsxAsync(MembershipDbContext db, Stream stream, CultureInfo culture, CancellationToken ct)
    {
        var headers = RegisterColumns.All.Select(c => RegisterColumns.Header(c, culture)).ToArray();
        var rows = RegisterRow.Query(db).AsEnumerable().Select(row =>
        {
            var cells = new Dictionary<string, object?>(headers.Length, StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++) cells[headers[i]] = SpreadsheetCells.Cell(row.Cell(RegisterColumns.All[i], culture));
            return cells;
        });
        // MiniExcel reads the rows lazily; the synchronous enumeration runs off the request thread.
        await Task.Run(() => MiniExcel.SaveAs(stream, rows, sheetName: "Registre"), ct);
    }
}
