using System.Globalization;
using CsvHelper;

namespace CoopSante.Membership.Common;

/// <summary>
/// The one place where the module's exports defuse formulas (OWASP "CSV injection"): a cell that starts with
/// <c>= + - @</c>, tab or CR gets a leading <c>'</c>, so that a spreadsheet shows a name typed as <c>=HYPERLINK(…)</c> as text.
/// CSV goes through CsvHelper's own injection option; XLSX cells through <see cref="Cell"/>.
/// </summary>
internal static class SpreadsheetCells
{
    /// <summary>The characters that make a cell a formula when it starts with one of them.</summary>
    public static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public const char Escape = '\'';

    /// <summary>CSV writer options for every export: UTF-8 with a byte order mark (Excel), invariant formats, formulas escaped.</summary>
    public static CsvWriterOptions Csv(char separator = ',', CsvQuoting quoting = CsvQuoting.WhenNeeded) => new()
    {
        WriteByteOrderMark = true, FormatProvider = CultureInfo.InvariantCulture, Separator = separator, Quoting = quoting,
        Injection = CsvInjection.Escape, InjectionEscape = Escape,
    };

    /// <summary>A text cell of an XLSX export, defused like CSV.</summary>
    public static string Cell(string? value) =>
        string.IsNullOrEmpty(value) || Array.IndexOf(FormulaStarts, value[0]) < 0 ? value ?? "" : Escape + value;
}
