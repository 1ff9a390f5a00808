using System.Globalization;
using CoopSante.Federation.Coops;
using CoopSante.Federation.Data;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Federation.Support;

/// <summary>
/// A consulting engagement: the adviser quotes hours × a fair-cost rate, the coop's admin accepts or declines, the adviser
/// logs time against the accepted quote, and the federation invoices the hours logged at the quote's rate.
/// </summary>
internal static class ConsultingCommands
{
    public static async Task<SupportQuote> QuoteAsync(CoopWork w, Guid requestId, QuoteInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var hours = SupportValidation.Hours(failures, input.Hours, "hours", SupportQuote.HoursMax);
        var rate = SupportValidation.Rate(failures, input.HourlyRate, "hourlyRate", required: false);
        var description = SupportValidation.Text(failures, input.Description, "description", SupportQuote.DescriptionMax);
        SupportCategory? serviceType = null;
        if (!string.IsNullOrWhiteSpace(input.ServiceType)) serviceType = SupportValidation.Category(failures, input.ServiceType, "serviceType");
        var request = await SupportCommands.LoadAsync(w.Db, null, requestId, ct);
        if (request.IsClosed) throw new DomainException(SupportErrors.RequestClosed);
        if (request.Category != SupportCategory.Consulting) throw new DomainException(SupportErrors.NotConsulting);
        if (request.AdviserId is null) throw new DomainException(SupportErrors.NotAssigned);
        if (request.Quotes.Any(q => q.State != QuoteState.Declined)) throw new DomainException(SupportErrors.QuotePending);
        DomainException.ThrowIfAny(failures);
        if (rate is null)
        {
            var type = serviceType ?? request.Category;
            rate = (await SupportSettingsCommands.RateInForceAsync(w.Db, type, w.Clock.Today(), ct))?.HourlyRate
                ?? throw new DomainException(SupportErrors.NoRateInForce.At("hourlyRate"));
        }

        var now = w.Clock.GetUtcNow();
        var quote = new SupportQuote
        {
            Id = Guid.CreateVersion7(), RequestId = request.Id, CoopId = request.CoopId, Description = description!, Hours = hours!.Value,
            HourlyRate = rate.Value, Amount = SupportValidation.Money(hours.Value * rate.Value), State = QuoteState.Proposed,
            ProposedAt = now, ProposedByName = w.User.DisplayName,
        };
        w.Db.Add(quote);
        request.Status = SupportStatus.Quoted;
        request.FirstResponseAt ??= now;
        request.UpdatedAt = now;
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.SupportQuoteProposed, nameof(SupportRequest), request.Id.ToString(), request.CoopId,
            new { quote.Id, quote.Hours, quote.HourlyRate, quote.Amount }), ct);
        return quote;
    }

    /// <summary>The coop's admin accepts (or declines) a pending quote of its own request; another coop's quote is not found.</summary>
    public static async Task<SupportQuote> DecideAsync(CoopWork w, Guid coopId, Guid requestId, Guid quoteId, bool accept, CancellationToken ct)
    {
        var request = await SupportCommands.LoadAsync(w.Db, coopId, requestId, ct);
        var quote = request.Quotes.FirstOrDefault(q => q.Id == quoteId) ?? throw new DomainException(PlatformErrors.NotFound);
        if (request.IsClosed) throw new DomainException(SupportErrors.RequestClosed);
        if (quote.State != QuoteState.Proposed) throw new DomainException(SupportErrors.QuoteNotPending);

        var now = w.Clock.GetUtcNow();
        quote.State = accept ? QuoteState.Accepted : QuoteState.Declined;
        quote.DecidedAt = now;
        quote.DecidedByName = w.User.DisplayName;
        request.Status = accept ? SupportStatus.Accepted : SupportStatus.Assigned;
        request.UpdatedAt = now;
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(accept ? AuditEventType.SupportQuoteAccepted : AuditEventType.SupportQuoteDeclined,
            nameof(SupportRequest), request.Id.ToString(), request.CoopId, new { quote.Id, quote.Amount }), ct);
        return quote;
    }

    public static async Task<SupportTimeEntry> LogTimeAsync(CoopWork w, Guid requestId, TimeEntryInput input, CancellationToken ct)
    {
        var failures = new List<Failure>();
        var hours = SupportValidation.Hours(failures, input.Hours, "hours", SupportTimeEntry.HoursMax);
        var note = SupportValidation.Text(failures, input.Note, "note", SupportTimeEntry.NoteMax);
        if (input.WorkedOn is null) failures.Add(PlatformErrors.Required.At("workedOn"));
        else if (input.WorkedOn > w.Clock.Today()) failures.Add(SupportErrors.DateInFuture.At("workedOn"));
        var request = await SupportCommands.LoadAsync(w.Db, null, requestId, ct);
        if (request.IsClosed) throw new DomainException(SupportErrors.RequestClosed);
        var quote = request.Quotes.FirstOrDefault(q => q.State == QuoteState.Accepted);
        if (quote is null || request.Status != SupportStatus.Accepted) throw new DomainException(SupportErrors.EngagementNotAccepted);
        DomainException.ThrowIfAny(failures);

        var entry = new SupportTimeEntry
        {
            Id = Guid.CreateVersion7(), RequestId = request.Id, CoopId = request.CoopId, QuoteId = quote.Id, WorkedOn = input.WorkedOn!.Value,
            Hours = hours!.Value, Note = note!, AdviserName = w.User.DisplayName, LoggedAt = w.Clock.GetUtcNow(),
        };
        w.Db.Add(entry);
        request.UpdatedAt = entry.LoggedAt;
        await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.SupportTimeLogged, nameof(SupportRequest), request.Id.ToString(), request.CoopId,
            new { entry.Id, entry.Hours, entry.WorkedOn }), ct);
        return entry;
    }

    /// <summary>Issues the engagement's one invoice: the hours logged at the accepted quote's rate, numbered FQCS-year-sequence.</summary>
    public static async Task<SupportInvoice> InvoiceAsync(CoopWork w, Guid requestId, CancellationToken ct)
    {
        var request = await SupportCommands.LoadAsync(w.Db, null, requestId, ct);
        if (request.IsClosed) throw new DomainException(SupportErrors.RequestClosed);
        if (await w.Db.SupportInvoices.IgnoreQueryFilters().AnyAsync(i => i.RequestId == requestId, ct)) throw new DomainException(SupportErrors.AlreadyInvoiced);
        var quote = request.Quotes.FirstOrDefault(q => q.State == QuoteState.Accepted);
        if (quote is null || request.Status != SupportStatus.Accepted) throw new DomainException(SupportErrors.EngagementNotAccepted);
        var hours = request.TimeEntries.Sum(t => t.Hours);
        if (hours <= 0) throw new DomainException(SupportErrors.NothingToInvoice);

        var now = w.Clock.GetUtcNow();
        var today = w.Clock.Today();
        var prefix = string.Create(CultureInfo.InvariantCulture, $"FQCS-{today.Year}-");
        var count = await w.Db.SupportInvoices.IgnoreQueryFilters().CountAsync(i => i.Number.StartsWith(prefix), ct);
        var invoice = new SupportInvoice
        {
            Id = Guid.CreateVersion7(), RequestId = request.Id, CoopId = request.CoopId,
            Number = prefix + (count + 1).ToString("0000", CultureInfo.InvariantCulture), IssuedOn = today,
            Hours = hours, HourlyRate = quote.HourlyRate, Amount = SupportValidation.Money(hours * quote.HourlyRate), IssuedAt = now, IssuedByName = w.User.DisplayName,
        };
        w.Db.Add(invoice);
        request.Status = SupportStatus.Invoiced;
        request.UpdatedAt = now;
        try
        {
            await w.Db.SaveChangesAndAuditAsync(w.Audit, new AuditEntry(AuditEventType.SupportInvoiceIssued, nameof(SupportRequest), request.Id.ToString(), request.CoopId,
                new { invoice.Id, invoice.Number, invoice.Amount }), ct);
        }
        catch (DbUpdateException)
        {
            // Two clicks raced (the unique request and number keys): the first invoice stands.
            w.Db.ChangeTracker.Clear();
            throw new DomainException(SupportErrors.AlreadyInvoiced);
        }
        return invoice;
    }
}
