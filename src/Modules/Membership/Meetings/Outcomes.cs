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

namespace CoopSante.Membership.Meetings;

internal sealed record CandidateVotes(Guid MemberId, int Votes);

/// <summary><c>TermYears</c>: the elected directors' term (default 2, staggered terms by the by-laws).</summary>
internal sealed record ElectionRequest(MemberCategory Category, int Seats, IReadOnlyList<CandidateVotes>? Candidates, int? TermYears = null);

/// <summary><c>RequiresTwoThirds</c>: the Act or the by-laws require two thirds of the votes cast (e.g. amending the by-laws).</summary>
internal sealed record ResolutionRequest(string? Number, string? Text, int VotesFor, int VotesAgainst, int Abstentions, bool RequiresTwoThirds = false);

/// <summary>What a meeting decides: board elections by category and resolutions put to the vote.</summary>
internal static class Outcomes
{
    public const int MaxVotes = 1_000_000;

    internal static void Map(RouteGroupBuilder meetings)
    {
        meetings.MapPost("/{meetingId:guid}/elections", Elect)
            .WithSummary("Records the count of a board election for one category; supporting members hold at most one third of the seats.");
        meetings.MapPost("/{meetingId:guid}/resolutions", Resolve)
            .WithSummary("Records a resolution with the votes for, against and abstentions; adopted by a majority of votes cast.");
    }

    public static async Task<Ok<ElectionResult>> Elect(Guid meetingId, ElectionRequest request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var meeting = await MeetingsApi.FindAsync(db, meetingId, ct);
        MeetingsApi.EnsureInSession(meeting);
        var bylaws = await db.Bylaws.InForceAsync(meeting.Date, ct) ?? throw new DomainException(MembershipErrors.BylawsMissing);
        var failures = new List<Failure>();
        if (!Enum.IsDefined(request.Category) || bylaws.Categories.All(c => c.Category != request.Category)) failures.Add(MembershipErrors.CategoryNotInUse.At("category"));
        if (request.Seats < 1 || request.Seats > bylaws.BoardSize) failures.Add(MeetingErrors.SeatsExceedBoardSize.At("seats", bylaws.BoardSize));
        var candidates = request.Candidates ?? [];
        if (candidates.Count == 0) failures.Add(MeetingErrors.CandidatesRequired.At("candidates"));
        if (candidates.Count > 100) failures.Add(PlatformErrors.InvalidValue.At("candidates"));
        var termYears = request.TermYears ?? 2;
        if (termYears is < 1 or > Governance.Directors.MaxTermYears) failures.Add(Governance.MeetingOpsErrors.TermInvalid.At("termYears", Governance.Directors.MaxTermYears));
        DomainException.ThrowIfAny(failures);

        var voters = (await Voters.AsOfAsync(db, meeting.Date, ct)).ToDictionary(v => v.Id);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!seen.Add(c.MemberId)) failures.Add(MeetingErrors.DuplicateCandidate.At($"candidates[{i}].memberId"));
            else if (!voters.TryGetValue(c.MemberId, out var v) || v.Category != request.Category) failures.Add(MeetingErrors.CandidateNotEligible.At($"candidates[{i}].memberId"));
            if (c.Votes is < 0 or > MaxVotes) failures.Add(MeetingErrors.VotesInvalid.At($"candidates[{i}].votes"));
        }
        var earlier = await db.Set<BoardElection>().AsNoTracking().Where(e => e.MeetingId == meetingId).Select(e => new { e.Category, e.Seats }).ToListAsync(ct);
        if (earlier.Any(e => e.Category == request.Category)) failures.Add(MeetingErrors.ElectionAlreadyRecorded.At("category"));
        DomainException.ThrowIfAny(failures);
        failures.AddRange(BoardElections.WhyElectionIsRefused(bylaws.BoardSize, earlier.Select(e => (e.Category, e.Seats)).Append((request.Category, request.Seats))));
        DomainException.ThrowIfAny(failures);
        // The whole board: directors whose staggered terms continue past this meeting, those elected earlier at it, and these seats.
        await Governance.Directors.EnsureWholeBoardAsync(db, meeting.Date, Enumerable.Repeat(request.Category, request.Seats).ToList(), except: null, ct);
        var elected = BoardElections.Elected(candidates.Select(c => (c.MemberId, c.Votes)), request.Seats)
            ?? throw new DomainException(MeetingErrors.ElectionTie.At("candidates"));

        var election = new BoardElection { Id = Guid.CreateVersion7(), CoopId = meeting.CoopId, MeetingId = meetingId, Category = request.Category, Seats = request.Seats, RecordedAt = clock.GetUtcNow() };
        election.Candidates = candidates.Select(c => new ElectionCandidate
        {
            Id = Guid.CreateVersion7(), CoopId = meeting.CoopId, ElectionId = election.Id, MemberId = c.MemberId,
            Name = $"{voters[c.MemberId].GivenName} {voters[c.MemberId].FamilyName}".Trim(), Votes = c.Votes, Elected = elected.Contains(c.MemberId),
        }).ToList();
        db.Add(election);
        var domiciles = await db.Members.AsNoTracking().Where(m => elected.Contains(m.Id))
            .Select(m => new { m.Id, m.Street, m.City, m.PostalCode }).ToDictionaryAsync(m => m.Id, m => $"{m.Street}, {m.City} {m.PostalCode}", ct);
        foreach (var c in election.Candidates.Where(c => c.Elected))
        {
            db.Add(new Governance.Director
            {
                Id = Guid.CreateVersion7(), CoopId = meeting.CoopId, MemberId = c.MemberId, Name = c.Name, Domicile = domiciles.GetValueOrDefault(c.MemberId, ""),
                Category = request.Category, TermStart = meeting.Date, TermEnd = meeting.Date.AddYears(termYears), ElectionId = election.Id, RecordedAt = election.RecordedAt,
            });
        }
        await db.SaveChangesAndAuditAsync(audit, MeetingsApi.Audit(meeting, "election", new
        {
            What = "election", election.Category, election.Seats,
            Elected = election.Candidates.Where(c => c.Elected).Select(c => voters[c.MemberId].MemberNumber).ToList(),
        }), ct);
        return TypedResults.Ok(MeetingsApi.ToResult(election));
    }

    public static async Task<Ok<ResolutionResult>> Resolve(Guid meetingId, ResolutionRequest request, MembershipDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var meeting = await MeetingsApi.FindAsync(db, meetingId, ct);
        MeetingsApi.EnsureInSession(meeting);
        var failures = new List<Failure>();
        var number = request.Number?.Trim() ?? "";
        var text = request.Text?.Trim() ?? "";
        if (number.Length == 0) failures.Add(PlatformErrors.Required.At("number"));
        else if (number.Length > 50) failures.Add(PlatformErrors.TooLong.At("number", 50));
        if (text.Length == 0) failures.Add(PlatformErrors.Required.At("text"));
        else if (text.Length > 2000) failures.Add(PlatformErrors.TooLong.At("text", 2000));
        if (request.VotesFor is < 0 or > MaxVotes) failures.Add(MeetingErrors.VotesInvalid.At("votesFor"));
        if (request.VotesAgainst is < 0 or > MaxVotes) failures.Add(MeetingErrors.VotesInvalid.At("votesAgainst"));
        if (request.Abstentions is < 0 or > MaxVotes) failures.Add(MeetingErrors.VotesInvalid.At("abstentions"));
        DomainException.ThrowIfAny(failures);
        // One member, one vote: no more votes than members present.
        var present = await db.Set<MeetingAttendance>().CountAsync(a => a.MeetingId == meetingId, ct);
        if (request.VotesFor + request.VotesAgainst + request.Abstentions > present) failures.Add(MeetingErrors.VotesInvalid.At("votesFor"));
        var resolutions = db.Set<MeetingResolution>();
        if (number.Length > 0 && await resolutions.AnyAsync(r => r.MeetingId == meetingId && r.Number == number, ct)) failures.Add(MeetingErrors.ResolutionNumberTaken.At("number"));
        DomainException.ThrowIfAny(failures);
        var position = await resolutions.Where(r => r.MeetingId == meetingId).MaxAsync(r => (int?)r.Position, ct) ?? 0;
        var resolution = new MeetingResolution
        {
            Id = Guid.CreateVersion7(), CoopId = meeting.CoopId, MeetingId = meetingId, Position = position + 1, Number = number, Text = text,
            VotesFor = request.VotesFor, VotesAgainst = request.VotesAgainst, Abstentions = request.Abstentions, RequiresTwoThirds = request.RequiresTwoThirds,
            Adopted = Governance.TwoThirdsRule.IsAdopted(request.VotesFor, request.VotesAgainst, request.RequiresTwoThirds), RecordedAt = clock.GetUtcNow(),
        };
        resolutions.Add(resolution);
        await db.SaveChangesAndAuditAsync(audit, MeetingsApi.Audit(meeting, "resolution", new
        {
            What = "resolution", resolution.Number, resolution.VotesFor, resolution.VotesAgainst, resolution.Abstentions, resolution.RequiresTwoThirds, resolution.Adopted,
        }), ct);
        return TypedResults.Ok(MeetingsApi.ToResult(resolution));
    }
}
