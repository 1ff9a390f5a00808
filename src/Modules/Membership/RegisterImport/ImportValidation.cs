using System.Globalization;
using CoopSante.Membership.Model;
using CoopSante.Membership.Register;
using CoopSante.Membership.RegisterIo;
using CoopSante.Platform.Errors;

namespace CoopSante.Membership.RegisterImport;

/// <summary>One error of the dry run: where it is in the file and why, in the user's language.</summary>
internal sealed record ImportRowError(int Line, string Column, string Field, string Code, string Message);

/// <summary>A row that passed every rule, ready to be written.</summary>
internal sealed record ValidRow(int Line, MemberInput Identity, int? MemberNumber, MemberStatus Status, DateOnly StatusSince, DateOnly? AdmittedOn,
    DateOnly? SubscribedOn, decimal SharesSubscribed, decimal SharesPaid);

/// <summary>
/// Checks every row with the rules of manual entry (<see cref="MemberInput.Validate"/>) and the rules of a whole register:
/// a member number appears once in the file and is not already given in the coop; share amounts are not negative.
/// </summary>
internal sealed class ImportValidation(ImportTable table, ColumnMapping mapping, DateOnly today, IReadOnlyCollection<MemberCategory>? categoriesInUse,
    IReadOnlySet<int> numbersInCoop, ErrorMessages messages)
{
    public List<ValidRow> Valid { get; } = [];
    public List<ImportRowError> Errors { get; } = [];

    /// <summary>What one row gave on its own: its failures before and after the member-number check, which needs the rows before it.</summary>
    private sealed class Checked
    {
        public List<Failure> Before { get; } = [];
        public List<Failure> After { get; } = [];
        public bool NumberInvalid;
        public int? Number;
        public MemberInput? Identity;
        public MemberStatus Status;
        public DateOnly? Admitted, Since, SubscribedOn;
        public decimal Subscribed, Paid;
    }

    /// <summary>Rows checked per unit of parallel work; the in-order pass waits for each chunk in turn.</summary>
    private const int Chunk = 2_000;

    /// <summary>
    /// Checks every row. Rows are checked on their own in parallel chunks; the in-file duplicate numbers and the results are
    /// gathered in file order as each chunk completes, so errors come out exactly as a sequential pass would list them, and
    /// <paramref name="onValid"/> sees each valid row in file order while later chunks are still being checked (the import
    /// writes them meanwhile). It is no longer called once an error is found: that import will be refused.
    /// </summary>
    public ImportValidation Run(IProgress<int>? progress = null, Action<ValidRow>? onValid = null, CancellationToken ct = default)
    {
        var count = table.Rows.Count;
        var results = new Checked[count];
        var chunks = (count + Chunk - 1) / Chunk;
        var ready = new ManualResetEventSlim[chunks];
        for (var c = 0; c < chunks; c++) ready[c] = new ManualResetEventSlim();
        var next = -1;
        Exception? failed = null;
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(Environment.ProcessorCount, chunks))).Select(_ => Task.Run(() =>
        {
            int c;
            while (Volatile.Read(ref failed) is null && (c = Interlocked.Increment(ref next)) < chunks)
            {
                try
                {
                    ct.ThrowIfCancellationRequested();
                    for (var i = c * Chunk; i < Math.Min(count, (c + 1) * Chunk); i++) results[i] = CheckRow(table.Rows[i]);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failed, e, null);
                    foreach (var r in ready) r.Set();
                    return;
                }
                ready[c].Set();
            }
        }, CancellationToken.None)).ToArray();

        var seenNumbers = new HashSet<int>();
        for (var c = 0; c < chunks; c++)
        {
            ready[c].Wait(CancellationToken.None);
            if (Volatile.Read(ref failed) is not null) break;
            for (var i = c * Chunk; i < Math.Min(count, (c + 1) * Chunk); i++)
            {
                var row = Gather(i, results[i], seenNumbers);
                results[i] = null!;
                if (row is null) continue;
                Valid.Add(row);
                if (Errors.Count == 0) onValid?.Invoke(row);
            }
            progress?.Report(Math.Min(count, (c + 1) * Chunk));
        }
        Task.WaitAll(workers, CancellationToken.None);
        foreach (var r in ready) r.Dispose();
        if (failed is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failed).Throw();
        progress?.Report(count);
        return this;
    }

    /// <summary>The highest valid member number written in the file (0 if none): numbers given by the import come after it.</summary>
    public int HighestNumberInFile()
    {
        var highest = 0;
        if (mapping.IndexOf(RegisterColumn.MemberNumber) is not { } column) return 0;
        foreach (var row in table.Rows)
            if (column < row.Length && int.TryParse((row[column] ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > highest) highest = n;
        return highest;
    }

    /// <summary>The in-order part of a row's check: its errors are added; the row is returned when it has none.</summary>
    private ValidRow? Gather(int index, Checked r, HashSet<int> seenNumbers)
    {
        var line = ImportTable.LineOf(index);
        var before = Errors.Count;
        foreach (var f in r.Before) Errors.Add(ToError(line, f));
        int? number = null;
        if (r.NumberInvalid) Errors.Add(ToError(line, RegisterIoErrors.NumberInvalid.At(Field(RegisterColumn.MemberNumber))));
        else if (r.Number is { } parsed)
        {
            if (seenNumbers.Contains(parsed)) Errors.Add(ToError(line, RegisterIoErrors.MemberNumberDuplicateInFile.At(Field(RegisterColumn.MemberNumber))));
            else if (numbersInCoop.Contains(parsed)) Errors.Add(ToError(line, RegisterIoErrors.MemberNumberTaken.At(Field(RegisterColumn.MemberNumber))));
            else number = parsed;
            if (number is not null) seenNumbers.Add(parsed);
        }
        foreach (var f in r.After) Errors.Add(ToError(line, f));
        if (Errors.Count != before) return null;
        var statusSince = r.Since ?? r.Admitted ?? today;
        return new ValidRow(line, r.Identity!, r.Status == MemberStatus.Applicant ? null : number, r.Status, statusSince,
            r.Status == MemberStatus.Applicant ? null : r.Admitted ?? statusSince, r.SubscribedOn, r.Subscribed, r.Paid);
    }

    private Checked CheckRow(string[] row)
    {
        var result = new Checked();
        var failures = result.Before;
        DateOnly? Date(RegisterColumn c)
        {
            var text = Cell(row, c);
            if (text.Length == 0) return null;
            if (TryDate(text, out var d) && d <= today) return d;
            failures.Add(RegisterIoErrors.DateInvalid.At(Field(c)));
            return null;
        }
        decimal Amount(RegisterColumn c)
        {
            var text = Cell(row, c).Replace(" ", "", StringComparison.Ordinal).Replace('\u00A0'.ToString(), "", StringComparison.Ordinal).Replace("$", "", StringComparison.Ordinal);
            if (text.Length == 0) return 0m;
            if (!text.Contains('.', StringComparison.Ordinal)) text = text.Replace(',', '.');
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) || decimal.Round(v, 2) != v || v > 9_999_999_999m)
            {
                failures.Add(RegisterIoErrors.NumberInvalid.At(Field(c)));
                return 0m;
            }
            if (v < 0) failures.Add(RegisterIoErrors.SharesNegative.At(Field(c)));
            return v;
        }

        var kind = MemberKind.Person;
        if (Cell(row, RegisterColumn.Kind) is { Length: > 0 } k && !RegisterColumns.TryParse(k, out kind)) failures.Add(PlatformErrors.InvalidValue.At(Field(RegisterColumn.Kind)));
        var category = MemberCategory.User;
        if (Cell(row, RegisterColumn.Category) is { Length: > 0 } cat && !RegisterColumns.TryParse(cat, out category)) failures.Add(RegisterIoErrors.CategoryUnknown.At(Field(RegisterColumn.Category)));
        var status = MemberStatus.Active;
        if (Cell(row, RegisterColumn.Status) is { Length: > 0 } st && (!RegisterColumns.TryParse(st, out status) || status == MemberStatus.Refused))
            failures.Add(RegisterIoErrors.StatusUnknown.At(Field(RegisterColumn.Status)));
        var dobText = Cell(row, RegisterColumn.DateOfBirth);
        DateOnly? dob = null;
        if (dobText.Length > 0)
        {
            if (TryDate(dobText, out var d)) dob = d;
            else failures.Add(RegisterIoErrors.DateInvalid.At(Field(RegisterColumn.DateOfBirth)));
        }
        var language = Cell(row, RegisterColumn.PreferredLanguage).ToLowerInvariant();
        var identity = new MemberInput
        {
            Kind = kind, Category = category, DateOfBirth = dob,
            FamilyName = Cell(row, RegisterColumn.FamilyName), GivenName = Cell(row, RegisterColumn.GivenName),
            Street = Cell(row, RegisterColumn.Street), City = Cell(row, RegisterColumn.City), Province = Cell(row, RegisterColumn.Province),
            PostalCode = Cell(row, RegisterColumn.PostalCode), Phone = Cell(row, RegisterColumn.Phone), Email = Cell(row, RegisterColumn.Email),
            PreferredLanguage = language.Length == 0 ? null : language,
        };
        // A date of birth that did not parse is reported once, as unreadable, not again as missing.
        failures.AddRange(identity.Validate(today, categoriesInUse).Where(f => !(dob is null && dobText.Length > 0 && f.Field == "dateOfBirth")));

        if (Cell(row, RegisterColumn.MemberNumber) is { Length: > 0 } n)
        {
            if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1) result.NumberInvalid = true;
            else result.Number = parsed;
        }
        failures = result.After;
        result.Subscribed = Amount(RegisterColumn.SharesSubscribed);
        result.Paid = Amount(RegisterColumn.SharesPaid);
        if (result.Paid > result.Subscribed && result.Subscribed >= 0 && result.Paid >= 0) failures.Add(RegisterIoErrors.SharesNegative.At(Field(RegisterColumn.SharesPaid)));
        result.Admitted = Date(RegisterColumn.AdmittedOn);
        result.Since = Date(RegisterColumn.StatusSince);
        result.SubscribedOn = Date(RegisterColumn.SubscribedOn);
        result.Identity = identity;
        result.Status = status;
        return result;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private string Cell(string[] row, RegisterColumn column) =>
        mapping.IndexOf(column) is { } i && i < row.Length ? (row[i] ?? "").Trim() : "";

    private static string Field(RegisterColumn c) => JsonNamingPolicyCamel(c.ToString());

    private static string JsonNamingPolicyCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private ImportRowError ToError(int line, Failure failure)
    {
        var field = failure.Field ?? "";
        var column = Enum.TryParse<RegisterColumn>(field, ignoreCase: true, out var c) && mapping.IndexOf(c) is { } i ? table.Headers[i] : field;
        return new ImportRowError(line, column, field, failure.Error.Code, messages.For(failure));
    }
}
