using CoopSante.Platform.Data;
using CoopSante.Telemedicine.Billing.Cpa005;

namespace CoopSante.Telemedicine.Billing;

/// <summary>
/// How a coop's bank wants its CPA-005 files, as the coop's staff configure it from the bank's guide: the originator id the
/// bank assigned, its processing centre, where returned items go, and the separators and fills it asks for.
/// </summary>
internal sealed class CoopBankProfile : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    public string OriginatorId { get; set; } = "";
    public string ProcessingCentre { get; set; } = "";
    /// <summary>"CAD", "USD", or empty when the bank wants blanks.</summary>
    public string Currency { get; set; } = "CAD";
    public string ShortName { get; set; } = "";
    public string LongName { get; set; } = "";
    public string ReturnInstitution { get; set; } = "";
    public string ReturnTransit { get; set; } = "";
    public string ReturnAccount { get; set; } = "";
    public RecordSeparator Separator { get; set; } = RecordSeparator.CrLf;
    public ReservedFill Fill { get; set; } = ReservedFill.Zeros;
    public int SegmentsPerRecord { get; set; } = 6;
    /// <summary>Day of the month the debits are due (1-28); never earlier than 10 days after the pre-notice (Rule H1).</summary>
    public int DebitDay { get; set; } = 15;
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid? UpdatedBy { get; set; }

    public Cpa005Format ToFormat() => new(OriginatorId, ProcessingCentre, Currency.Length == 0 ? null : Currency, ShortName, LongName,
        ReturnInstitution, ReturnTransit, ReturnAccount, Separator, Fill, SegmentsPerRecord);
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<BillingRunStatus>))]
internal enum BillingRunStatus { Completed = 1 }

/// <summary>One monthly billing run of a coop: one invoice per active enrolment of the period. One per coop and period (unique index).</summary>
internal sealed class BillingRun : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    /// <summary>First day of the billed month.</summary>
    public DateOnly Period { get; set; }
    public BillingRunStatus Status { get; set; } = BillingRunStatus.Completed;
    /// <summary>The day the pre-authorized debits are due (at least 10 days after the pre-notices).</summary>
    public DateOnly DebitDate { get; set; }
    /// <summary>The household price in force on the first of the period, taxes included.</summary>
    public decimal UnitAmount { get; set; }
    public int InvoiceCount { get; set; }
    public decimal Total { get; set; }
    /// <summary>Soft-failed debits of earlier runs debited again in this run's file.</summary>
    public int RetryCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<InvoiceStatus>))]
internal enum InvoiceStatus { Open = 1, Paid = 2, Failed = 3 }

/// <summary>A household's monthly invoice: the full month's price, never pro rata.</summary>
internal sealed class Invoice : ICoopOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public int Version { get; set; }
    public Guid RunId { get; set; }
    public Guid EnrolmentId { get; set; }
    public Guid MemberId { get; set; }
    public DateOnly Period { get; set; }
    /// <summary>Our cross-reference in the bank file (19 characters at most, unique per coop): T + yyMM + number.</summary>
    public string Reference { get; set; } = "";
    public decimal Amount { get; set; }
    public Model.PaymentMethod PaymentMethod { get; set; }
    public DateOnly DueDate { get; set; }
    public InvoiceStatus Status { get; set; } = InvoiceStatus.Open;
    /// <summary>Debits sent to the bank for it (a soft failure is debited once more on the next run).</summary>
    public int DebitAttempts { get; set; }
    /// <summary>The run whose file last debited it.</summary>
    public Guid? LastDebitRunId { get; set; }
    public string? FailureCode { get; set; }
    public bool FailureIsHard { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A CPA-005 file written for a run: its file creation number, never one of the coop's last 10.</summary>
internal sealed class PadFile : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid RunId { get; set; }
    public int FileCreationNumber { get; set; }
    /// <summary>The file in the platform's file store.</summary>
    public Guid FileId { get; set; }
    public int DebitCount { get; set; }
    public long TotalCents { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
}

/// <summary>A payment of an invoice: a debit that went through, or money received at the counter.</summary>
internal sealed class InvoicePayment : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid InvoiceId { get; set; }
    public decimal Amount { get; set; }
    public DateOnly PaidOn { get; set; }
    public Model.PaymentMethod Method { get; set; }
    public int ReceiptNumber { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }
}

/// <summary>A returns file imported by staff: each of its items failed one invoice.</summary>
internal sealed class ReturnsImport : ICoopOwned
{
    public Guid Id { get; set; }
    public Guid CoopId { get; set; }
    public Guid FileId { get; set; }
    public string FileName { get; set; } = "";
    public int Items { get; set; }
    public int Hard { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public Guid? ImportedBy { get; set; }
}
