using System.Text;
using CoopSante.Telemedicine.Billing.Cpa005;

namespace CoopSante.Tests.Telemedicine;

public class Cpa005FileTests
{
    private static readonly Cpa005Format Format = new("COOPSANTE1", "00810", "CAD", "Coop Santé", "Coopérative de santé des Érables",
        "815", "30123", "1234567");

    private static Cpa005Debit Debit(int i, string name = "Côté, Jean-Pierre") =>
        new(800 + i, new DateOnly(2026, 12, 15), "815", "30123", "98765" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), name, $"TM2612{i:000000}", "TELEMEDECINE");

    /// <summary>1-based, inclusive positions as the reference writes them.</summary>
    private static string At(string record, int from, int to) => record.Substring(from - 1, to - from + 1);

    private static string[] Records(string file) => file.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Header_holds_every_field_at_its_position()
    {
        var a = Records(Cpa005Writer.Write(Format, 42, new DateOnly(2026, 1, 20), [Debit(1)]))[0];
        Assert.Equal(1464, a.Length);
        Assert.Equal("A", At(a, 1, 1));
        Assert.Equal("000000001", At(a, 2, 10));
        Assert.Equal("COOPSANTE1", At(a, 11, 20));
        Assert.Equal("0042", At(a, 21, 24));
        Assert.Equal("026020", At(a, 25, 30));
        Assert.Equal("00810", At(a, 31, 35));
        Assert.Equal(new string(' ', 20), At(a, 36, 55));
        Assert.Equal("CAD", At(a, 56, 58));
        Assert.Equal(new string(' ', 1406), At(a, 59, 1464));
    }

    [Fact]
    public void Debit_segment_holds_every_field_at_its_position()
    {
        var d = Records(Cpa005Writer.Write(Format, 7, new DateOnly(2026, 12, 1), [Debit(0)]))[1];
        Assert.Equal(1464, d.Length);
        Assert.Equal("D", At(d, 1, 1));
        Assert.Equal("000000002", At(d, 2, 10));
        Assert.Equal("COOPSANTE1", At(d, 11, 20));
        Assert.Equal("0007", At(d, 21, 24));
        string S(int from, int to) => At(d, 24 + from, 24 + to);
        Assert.Equal("470", S(1, 3));
        Assert.Equal("0000000800", S(4, 13));
        Assert.Equal("026349", S(14, 19)); // 2026-12-15 is day 349
        Assert.Equal("081530123", S(20, 28));
        Assert.Equal("987650      ", S(29, 40));
        Assert.Equal(new string('0', 22), S(41, 62));
        Assert.Equal("000", S(63, 65));
        Assert.Equal("COOP SANTE     ", S(66, 80));
        Assert.Equal("COTE, JEAN PIERRE".PadRight(30), S(81, 110));
        Assert.Equal("COOPERATIVE DE SANTE DES ERABL", S(111, 140));
        Assert.Equal("COOPSANTE1", S(141, 150));
        Assert.Equal("TM2612000000".PadRight(19), S(151, 169));
        Assert.Equal("081530123", S(170, 178));
        Assert.Equal("1234567     ", S(179, 190));
        Assert.Equal("TELEMEDECINE   ", S(191, 205));
        Assert.Equal(new string(' ', 22), S(206, 227));
        Assert.Equal("  ", S(228, 229));
        Assert.Equal("00000000000", S(230, 240));
        Assert.Equal(new string(' ', 240 * 5), At(d, 265, 1464));
    }

    [Fact]
    public void Six_debits_fill_one_record_and_the_seventh_starts_the_next()
    {
        var records = Records(Cpa005Writer.Write(Format, 1, new DateOnly(2026, 12, 1), Enumerable.Range(0, 7).Select(i => Debit(i))));
        Assert.Equal(4, records.Length);
        Assert.Equal("470", At(records[1], 1225, 1227));
        Assert.Equal("000000003", At(records[2], 2, 10));
        Assert.Equal("470", At(records[2], 25, 27));
        Assert.Equal(new string(' ', 1200), At(records[2], 265, 1464));
    }

    [Fact]
    public void Trailer_counts_records_debits_and_their_total()
    {
        var records = Records(Cpa005Writer.Write(Format, 9, new DateOnly(2026, 12, 1), Enumerable.Range(0, 7).Select(i => Debit(i))));
        var z = records[^1];
        Assert.Equal(1464, z.Length);
        Assert.Equal("Z", At(z, 1, 1));
        Assert.Equal("000000004", At(z, 2, 10));
        Assert.Equal("COOPSANTE1", At(z, 11, 20));
        Assert.Equal("0009", At(z, 21, 24));
        Assert.Equal("00000000005621", At(z, 25, 38)); // 7 × 800 + (0+1+…+6)
        Assert.Equal("00000007", At(z, 39, 46));
        Assert.Equal("00000000000000", At(z, 47, 60));
        Assert.Equal("00000000", At(z, 61, 68));
        Assert.Equal(new string('0', 44), At(z, 69, 112));
        Assert.Equal(new string(' ', 1352), At(z, 113, 1464));
    }

    [Fact]
    public void A_bank_that_wants_blanks_and_one_debit_per_record_without_separators_gets_them()
    {
        var format = Format with { Separator = RecordSeparator.None, Fill = ReservedFill.Blanks, SegmentsPerRecord = 1, Currency = null };
        var file = Cpa005Writer.Write(format, 3, new DateOnly(2026, 12, 1), [Debit(1), Debit(2)]);
        Assert.Equal(4 * 1464, file.Length);
        Assert.DoesNotContain('\n', file);
        var d = file.Substring(1464, 1464);
        Assert.Equal(new string(' ', 22), At(d, 24 + 41, 24 + 62));
        Assert.Equal("   ", At(d, 24 + 63, 24 + 65));
        Assert.Equal(new string(' ', 11), At(d, 24 + 230, 24 + 240));
        Assert.Equal(new string(' ', 1200), At(d, 265, 1464));
        Assert.Equal("   ", At(file, 56, 58));
        Assert.Equal(new string(' ', 44), At(file.Substring(3 * 1464), 69, 112));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_written_file_reads_back_the_same_through_our_reader(int separatorSetting)
    {
        var separator = (RecordSeparator)separatorSetting;
        var debits = Enumerable.Range(0, 13).Select(i => Debit(i, i % 2 == 0 ? "Ève O'Neil-Lévesque" : "Gagnon Françoise")).ToList();
        var format = Format with { Separator = separator };
        var file = Cpa005Reader.Read(Cpa005Writer.Write(format, 123, new DateOnly(2026, 11, 30), debits));
        Assert.Equal(new Cpa005Header("COOPSANTE1", 123, new DateOnly(2026, 11, 30), "00810", "CAD"), file.Header);
        Assert.Equal(13, file.Items.Count);
        Assert.All(file.Items.Zip(debits), p =>
        {
            var (read, written) = p;
            Assert.Equal('D', read.RecordType);
            Assert.Equal(470, read.TransactionCode);
            Assert.Equal(written.AmountCents, read.AmountCents);
            Assert.Equal(written.DueDate, read.DueDate);
            Assert.Equal(written.Institution, read.Institution);
            Assert.Equal(written.Transit, read.Transit);
            Assert.Equal(written.Account, read.Account);
            Assert.Equal(written.CrossReference, read.CrossReference);
            Assert.Equal(BankText.Transliterate(written.PayorName, 30), read.PayorName);
            Assert.Equal("815", read.ReturnInstitution);
            Assert.Equal("1234567", read.ReturnAccount);
        });
        Assert.Equal(new Cpa005Trailer(5, debits.Sum(d => d.AmountCents), 13, 0, 0), file.Trailer);
    }

    [Fact]
    public void Every_record_of_a_file_is_1464_characters_between_separators()
    {
        var file = Cpa005Writer.Write(Format, 1, new DateOnly(2026, 12, 1), Enumerable.Range(0, 20).Select(i => Debit(i)));
        Assert.EndsWith("\r\n", file, StringComparison.Ordinal);
        Assert.All(file.Split("\r\n")[..^1], r => Assert.Equal(1464, r.Length));
        Assert.True(Encoding.ASCII.GetByteCount(file) == file.Length && file.All(c => c < 128));
    }

    [Theory]
    [InlineData(2, 'X', "RecordType")]
    [InlineData(1, 'B', "HeaderMissing")]
    public void A_damaged_file_is_refused_with_the_record_that_is_wrong(int record, char replacement, string problem)
    {
        var records = Records(Cpa005Writer.Write(Format, 1, new DateOnly(2026, 12, 1), [Debit(1)]));
        records[record - 1] = replacement + records[record - 1][1..];
        var e = Assert.Throws<Cpa005FormatException>(() => Cpa005Reader.Read(string.Join("\r\n", records)));
        Assert.Equal(problem, e.Problem);
        Assert.Equal(record, e.Record);
    }

    [Fact]
    public void A_trailer_whose_total_does_not_match_is_refused()
    {
        var records = Records(Cpa005Writer.Write(Format, 1, new DateOnly(2026, 12, 1), [Debit(1)]));
        records[2] = records[2][..24] + "00000000000802" + records[2][38..];
        Assert.Equal("TotalsMismatch", Assert.Throws<Cpa005FormatException>(() => Cpa005Reader.Read(string.Join("\r\n", records))).Problem);
    }

    [Fact]
    public void A_gap_in_record_numbers_or_a_short_record_is_refused()
    {
        var records = Records(Cpa005Writer.Write(Format, 1, new DateOnly(2026, 12, 1), [Debit(1)]));
        var gap = records.ToArray();
        gap[1] = "D000000003" + gap[1][10..];
        Assert.Equal("RecordNumber", Assert.Throws<Cpa005FormatException>(() => Cpa005Reader.Read(string.Join("\r\n", gap))).Problem);
        var shortRecord = records.ToArray();
        shortRecord[1] = shortRecord[1][..1463];
        Assert.Equal("RecordLength", Assert.Throws<Cpa005FormatException>(() => Cpa005Reader.Read(string.Join("\r\n", shortRecord))).Problem);
    }

    [Theory]
    [InlineData(2026, 1, 20, "026020")]
    [InlineData(2028, 12, 31, "028366")]
    [InlineData(2027, 12, 31, "027365")]
    public void Dates_are_written_as_zero_year_and_day_of_year(int y, int m, int d, string expected)
    {
        Assert.Equal(expected, Cpa005Standard.JulianDate(new DateOnly(y, m, d)));
        Assert.Equal(new DateOnly(y, m, d), Cpa005Standard.ParseJulianDate(expected));
    }

    [Fact]
    public void Bank_numbers_that_do_not_fit_their_fields_are_never_written()
    {
        Assert.Throws<ArgumentException>(() => Cpa005Writer.Write(Format, 1, new DateOnly(2026, 12, 1), [Debit(1) with { Account = "1234567890123" }]));
        Assert.Throws<ArgumentException>(() => Cpa005Writer.Write(Format, 1, new DateOnly(2026, 12, 1), [Debit(1) with { Transit = "3012" }]));
        Assert.Throws<ArgumentException>(() => Cpa005Writer.Write(Format, 1, new DateOnly(2026, 12, 1), [Debit(1) with { AmountCents = 0 }]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cpa005Writer.Write(Format, 10000, new DateOnly(2026, 12, 1), [Debit(1)]));
    }
}
