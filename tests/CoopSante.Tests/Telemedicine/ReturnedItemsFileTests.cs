using System.Text;
using CoopSante.Telemedicine.Billing.Cpa005;
using CoopSante.Telemedicine.Billing.Returns;

namespace CoopSante.Tests.Telemedicine;

public class ReturnedItemsFileTests
{
    [Theory]
    [InlineData("901", false)]
    [InlineData("908", false)]
    [InlineData("905", true)]
    [InlineData("902", true)]
    [InlineData("903", true)]
    [InlineData("912", true)]
    [InlineData("917", true)]
    [InlineData("920", true)]
    public void Nsf_and_funds_not_cleared_are_retried_and_the_rest_never(string code, bool hard) =>
        Assert.Equal(hard ? ReturnSeverity.Hard : ReturnSeverity.Soft, ReturnReasons.Severity(code));

    [Fact]
    public void A_french_csv_in_windows_1252_with_semicolons_is_read()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("Référence;Montant;Motif\r\nTM2612000001;8,00;R901\r\nTM2612000002;8,00;905\r\n");
        var items = ReturnedItemsFile.Read(bytes);
        Assert.Equal([new ReturnedItem(2, "TM2612000001", 800, "901"), new ReturnedItem(3, "TM2612000002", 800, "905")], items);
    }

    [Theory]
    [InlineData("reference,amount,reason\nTM1,8.00,999\n", "ReasonUnknown", 2)]
    [InlineData("reference,amount,reason\nTM1,-8.00,901\n", "AmountInvalid", 2)]
    [InlineData("reference,amount,reason\nTM1,8.001,901\n", "AmountInvalid", 2)]
    [InlineData("reference,amount,reason\n=HYPERLINK(1),8.00,901\n", "ReferenceInvalid", 2)]
    [InlineData("ref,amount\nTM1,8.00\n", "ColumnMissing", 1)]
    [InlineData("reference,amount,reason\nTM1,8.00,901\nTM1,8.00,901\n", "DuplicateReference", 3)]
    [InlineData("reference,amount,reason\n", "Empty", 0)]
    public void A_malformed_csv_is_refused_with_its_line(string csv, string problem, int line)
    {
        var e = Assert.Throws<ReturnsFileException>(() => ReturnedItemsFile.Read(Encoding.UTF8.GetBytes(csv)));
        Assert.Equal((problem, line), (e.Problem, e.Line));
    }

    [Fact]
    public void Cpa005_returned_items_give_the_reference_amount_and_reason()
    {
        var format = new Cpa005Format("COOPSANTE1", "00810", "CAD", "Coop", "Coop sante", "815", "30123", "1234567");
        var debit = new Cpa005Debit(800, new DateOnly(2026, 12, 15), "815", "30123", "1234", "Tremblay", "TM2612000007");
        // The bank sends the debit back as a J record with its reason in the stored transaction type field.
        var records = Cpa005Writer.Write(format, 5, new DateOnly(2026, 12, 20), [debit]).Split("\r\n");
        records[1] = "J" + records[1][1..(24 + 62)] + "901" + records[1][(24 + 65)..];
        var items = ReturnedItemsFile.Read(Encoding.ASCII.GetBytes(string.Join("\r\n", records)));
        Assert.Equal([new ReturnedItem(2, "TM2612000007", 800, "901")], items);
    }

    [Fact]
    public void A_debit_file_sent_back_as_if_it_were_returns_is_refused()
    {
        var format = new Cpa005Format("COOPSANTE1", "00810", "CAD", "Coop", "Coop sante", "815", "30123", "1234567");
        var file = Cpa005Writer.Write(format, 5, new DateOnly(2026, 12, 20), [new Cpa005Debit(800, new DateOnly(2026, 12, 15), "815", "30123", "1234", "Tremblay", "TM1")]);
        Assert.Equal("NotAReturn", Assert.Throws<ReturnsFileException>(() => ReturnedItemsFile.Read(Encoding.ASCII.GetBytes(file))).Problem);
    }
}
