using CoopSante.Membership.Common;
using CoopSante.Membership.Data;
using CoopSante.Membership.Model;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Membership.Admissions;

internal sealed record AdmissionRequest(string? ResolutionNumber, DateOnly DecidedOn, IReadOnlyList<Guid>? Admit, IReadOnlyList<Guid>? Refuse, string? RefusalReason = null);

internal sealed record AdmittedMember(Guid MemberId, int MemberNumber);

/// <summary><c>Refunded</c>: what refused applicants had paid with their application, refunded with the refusal (ADR 0028).</summary>
internal sealed record AdmissionResult(Guid DecisionId, IReadOnlyList<AdmittedMember> Admitted, int Refused, decimal Refunded = 0m);

/// <summary>The board admits or refuses pending applications in a batch; admission gives the member number and subscribes the qualifying shares.</summary>
internal static class AdmissionsApi
{
    internal static void Map(RouteGroupBuilder coop)
    {
        var board = coop.MapGroup("").RequireAuthorization(MembershipPolicies.CanRecordBoardDecisions);
        board.MapPost("/admissions", Decide)
            .WithSummary("Records a board resolution admitting or refusing a batch of pending applications.");
    }

    public static async Task<Ok<AdmissionResult>> Decide(Guid coopId, AdmissionRequest request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await DecideAsync(db, audit, clock, coopId, request, ct));

    public static async Task<AdmissionResult> DecideAsync(MembershipDbContext db, IAuditTrail audit, TimeProvider clock, Guid coopId, AdmissionRequest request, CancellationToken ct)
    {
        var admit = request.Admit ?? [];
        var refuse = request.Refuse ?? [];
        var today = clock.Today();
        var failures = new List<Failure>();
        if (string.IsNullOrWhiteSpace(request.ResolutionNumber)) failures.Add(MembershipErrors.ResolutionRequired.At("resolutionNumber"));
        else if (request.ResolutionNumber.Length > 50) failures.Add(PlatformErrors.TooLong.At("resolutionNumber", 50));
        else if (request.ResolutionNumber.Any(char.IsControl)) failures.Add(PlatformErrors.InvalidValue.At("resolutionNumber"));
        if (request.DecidedOn > today) failures.Add(PlatformErrors.InvalidValue.At("decidedOn"));
        if (request.RefusalReason is { } reason && reason.Trim().Length > 500) failures.Add(PlatformErrors.TooLong.At("refusalReason", 500));
        else if (request.RefusalReason is { } text && text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            failures.Add(PlatformErrors.InvalidValue.At("refusalReason"));
        if (admit.Count + refuse.Count == 0) failures.Add(PlatformErrors.Required.At("admit"));
        if (admit.Count + refuse.Count > 5_000 || admit.Intersect(refuse).Any() || admit.Distinct().Count() != admit.Count || refuse.Distinct().Count() != refuse.Count)
            failures.Add(PlatformErrors.InvalidValue.At("admit"));
        DomainException.ThrowIfAny(failures);

        var ids = admit.Concat(refuse).ToList();
        var applications = await db.Applications.Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        var missing = ids.Except(applications.Select(a => a.Id)).ToList();
        if (missing.Count > 0) throw new DomainException(missing.Select(id => MembershipErrors.ApplicationNotFound.At("admit", id)));
        var decided = applications.Where(a => a.Status != ApplicationStatus.Pending).ToList();
        if (decided.Count > 0) throw new DomainException(decided.Select(a => MembershipErrors.AlreadyDecided.At("admit", a.Id)));
        var bylaws = await db.Bylaws.InForceAsync(request.DecidedOn, ct) ?? throw new DomainException(MembershipErrors.BylawsMissing);
        var memberIds = applications.Select(a => a.MemberId).ToList();
        var members = await db.Members.Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var notApplicants = members.Values.Where(m => m.Status != MemberStatus.Applicant).ToList();
        if (notApplicants.Count > 0) throw new DomainException(notApplicants.Select(m => MembershipErrors.AlreadyDecided.At("admit", m.Id)));
        // An applicant refused gets back what they paid with the application, by the means they paid it (their last payment's).
        var refusedPaid = applications.Where(a => refuse.Contains(a.Id) && members[a.MemberId].SharesPaid > 0).Select(a => a.MemberId).ToList();
        var refundMethods = (await db.ShareTransactions.AsNoTracking().Where(t => refusedPaid.Contains(t.MemberId) && t.Kind == ShareTransactionKind.Payment && t.Method != null)
                .Select(t => new { t.MemberId, t.RecordedAt, t.Method }).ToListAsync(ct))
            .GroupBy(t => t.MemberId).ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.RecordedAt).First().Method!.Value);

        return await db.InTransactionAsync(async () =>
        {
            var now = clock.GetUtcNow();
            var resolution = request.ResolutionNumber!.Trim();
            var decision = new AdmissionDecision { Id = Guid.CreateVersion7(), CoopId = coopId, ResolutionNumber = resolution, DecidedOn = request.DecidedOn, Admitted = admit.Count, Refused = refuse.Count, RecordedAt = now };
            db.AdmissionDecisions.Add(decision);
            var next = admit.Count == 0 ? 0 : await Counters.ReserveAsync(db, coopId, MembershipCounter.MemberNumber, admit.Count, ct);
            var admitted = new List<AdmittedMember>();
            var entries = new List<AuditEntry>();
            var refunded = 0m;
            // Numbers follow the order of the resolution's list.
            foreach (var application in applications.OrderBy(a => IndexOf(admit, a.Id)).ThenBy(a => IndexOf(refuse, a.Id)))
            {
                var m = members[application.MemberId];
                var admitThis = admit.Contains(application.Id);
                application.DecisionId = decision.Id;
                application.Status = admitThis ? ApplicationStatus.Admitted : ApplicationStatus.Refused;
                var from = m.Status;
                m.Status = admitThis ? MemberStatus.Active : MemberStatus.Refused;
                m.StatusSince = request.DecidedOn;
                if (admitThis)
                {
                    m.MemberNumber = next++;
                    m.AdmittedOn = request.DecidedOn;
                    var terms = bylaws.Categories.FirstOrDefault(c => c.Category == m.Category);
                    if (terms is not null)
                    {
                        db.ShareTransactions.Add(new ShareTransaction
                        {
                            Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = m.Id, Kind = ShareTransactionKind.Subscription, OccurredOn = request.DecidedOn,
                            Shares = terms.QualifyingShares, Amount = terms.QualifyingAmount, ResolutionNumber = resolution, BylawsVersionId = bylaws.Id, RecordedAt = now,
                        });
                        m.SharesSubscribed += terms.QualifyingAmount;
                        m.SharesHeld += terms.QualifyingShares;
                    }
                    admitted.Add(new AdmittedMember(m.Id, m.MemberNumber.Value));
                }
                else
                {
                    application.RefusalReason = request.RefusalReason?.Trim();
                    if (m.SharesPaid > 0)
                    {
                        var line = Refunds.RefundsApi.RefundLine(db, m, m.SharesPaid, 0, today, refundMethods.GetValueOrDefault(m.Id, PaymentMethod.Cheque), resolution, bylaws, null, clock);
                        refunded += line.Amount;
                        entries.Add(new AuditEntry(AuditEventType.ApplicantPaymentRefunded, "Member", m.Id.ToString(), coopId,
                            new { ApplicationId = application.Id, TransactionId = line.Id, line.Amount, Method = line.Method?.ToString() }, Purpose: resolution));
                    }
                }
                db.StatusChanges.Add(new MemberStatusChange
                {
                    Id = Guid.CreateVersion7(), CoopId = coopId, MemberId = m.Id, From = from, To = m.Status, EffectiveOn = request.DecidedOn,
                    Reason = admitThis ? null : application.RefusalReason, ResolutionNumber = resolution, RecordedAt = now,
                });
            }
            if (admitted.Count > 0)
                entries.Add(new AuditEntry(AuditEventType.MembersAdmitted, "AdmissionDecision", decision.Id.ToString(), coopId,
                    new { MemberNumbers = admitted.Select(a => a.MemberNumber).ToList(), request.DecidedOn }, Purpose: resolution));
            if (refuse.Count > 0)
                entries.Add(new AuditEntry(AuditEventType.MemberApplicationRefused, "AdmissionDecision", decision.Id.ToString(), coopId,
                    new { Applications = refuse, request.DecidedOn }, Purpose: resolution));
            await db.SaveChangesAndAuditAsync(audit, entries, ct);
            return new AdmissionResult(decision.Id, admitted, refuse.Count, refunded);
        }, ct);
    }

    private static int IndexOf(IReadOnlyList<Guid> list, Guid id)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == id) return i;
        return int.MaxValue;
    }
}
