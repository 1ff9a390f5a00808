using System.Net.Mail;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Email;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity.Account;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Identity.Invitations;

public sealed record InviteRequest(string? Email, string? DisplayName, string? Role, Guid? CoopId, string? Culture);
public sealed record InvitationDto(Guid Id, string Email, string DisplayName, string Role, Guid? CoopId, DateTimeOffset ExpiresAt);
public sealed record AcceptInvitationRequest(string? DisplayName, string? Password);
public sealed record AcceptedInvitation(Guid UserId, string Email, bool NewAccount, string Role, Guid? CoopId);

/// <summary>An admin invites a person by e-mail to a role; the single-use link (7 days) creates the account or adds the grant.</summary>
internal sealed class InvitationService(
    PlatformDbContext db, IAuditTrail audit, IEmailOutbox outbox, CurrentUser user, UserManager<AppUser> users,
    ICoopDirectory coops, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public async Task<InvitationDto> InviteAsync(InviteRequest request, Uri baseUri, CancellationToken ct = default)
    {
        var role = ParseRole(request.Role);
        if (role is { } r && !r.IsFederationRole() && request.CoopId is null)
            throw new DomainException(PlatformErrors.Required.At("coopId"));
        if (role is { } fr && fr.IsFederationRole() && request.CoopId is not null)
            throw new DomainException(PlatformErrors.InvalidValue.At("coopId"));
        // Authorize on the target before saying anything else about the request.
        if (AdminRights.CheckCanAdminister(user, role is { } fed && fed.IsFederationRole() ? null : request.CoopId) is { } denied)
            throw new DomainException(denied);

        var failures = new List<Failure>();
        if (role is null) failures.Add(string.IsNullOrWhiteSpace(request.Role) ? PlatformErrors.Required.At("role") : PlatformErrors.InvalidValue.At("role"));
        var email = request.Email?.Trim() ?? "";
        if (email.Length == 0) failures.Add(PlatformErrors.Required.At("email"));
        else if (email.Length > 256) failures.Add(PlatformErrors.TooLong.At("email", 256));
        else if (!IsEmail(email)) failures.Add(PlatformErrors.InvalidEmail.At("email"));
        var name = request.DisplayName?.Trim() ?? "";
        if (name.Length > 200) failures.Add(PlatformErrors.TooLong.At("displayName", 200));
        if (request.Culture is not null && !Cultures.IsSupported(request.Culture)) failures.Add(PlatformErrors.InvalidValue.At("culture"));
        DomainException.ThrowIfAny(failures);

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null && await db.RoleGrants.AnyAsync(g => g.UserId == existing.Id && g.Role == role!.Value && g.CoopId == request.CoopId, ct))
            throw new DomainException(IdentityErrors.AlreadyHoldsRole.At("email"));

        var token = Tokens.New();
        var now = clock.GetUtcNow();
        var culture = Cultures.Normalize(request.Culture ?? existing?.PreferredCulture ?? Cultures.French);
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            DisplayName = name,
            Role = role!.Value,
            CoopId = request.CoopId,
            TokenHash = Tokens.Hash(token),
            Culture = culture,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            InvitedBy = user.UserId,
        };
        var coopName = request.CoopId is { } c ? (await coops.NamesAsync([c], ct)).GetValueOrDefault(c, "") : AccountEmails.Get("Ui.Federation", culture);
        var link = new Uri(baseUri, $"invitation/{token}").ToString();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        await outbox.EnqueueAsync(db, AccountEmails.Invitation(email, culture, coopName, AccountEmails.Get("Role." + invitation.Role, culture), link, invitation.ExpiresAt, request.CoopId), ct);
        await audit.WriteAsync(db, [new AuditEntry(AuditEventType.InvitationSent, "Invitation", invitation.Id.ToString(), request.CoopId, new { role = invitation.Role.ToString() })], ct);
        await tx.CommitAsync(ct);
        return ToDto(invitation);
    }

    /// <summary>The invitation behind a link, if it can still be used.</summary>
    public async Task<Invitation?> FindUsableAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = Tokens.Hash(token);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is null || invitation.AcceptedAt is not null || invitation.ExpiresAt <= clock.GetUtcNow() ? null : invitation;
    }

    public async Task<AcceptedInvitation> AcceptAsync(string? token, AcceptInvitationRequest request, CancellationToken ct = default)
    {
        var invitation = await FindUsableAsync(token, ct) ?? throw new DomainException(IdentityErrors.InvitationInvalid);
        var person = await users.FindByEmailAsync(invitation.Email);
        var failures = new List<Failure>();
        var name = request.DisplayName?.Trim() ?? "";
        if (person is null)
        {
            if (name.Length == 0) failures.Add(PlatformErrors.Required.At("displayName"));
            else if (name.Length > 200) failures.Add(PlatformErrors.TooLong.At("displayName", 200));
            if (string.IsNullOrEmpty(request.Password)) failures.Add(PlatformErrors.Required.At("password"));
            else
            {
                foreach (var validator in users.PasswordValidators)
                {
                    var result = await validator.ValidateAsync(users, new AppUser(), request.Password);
                    failures.AddRange(result.Errors.Select(e => IdentityErrors.PasswordRejected.At("password", e.Description)));
                }
            }
        }
        DomainException.ThrowIfAny(failures);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var created = person is null;
        if (person is null)
        {
            person = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = invitation.Email,
                Email = invitation.Email,
                EmailConfirmed = true, // the link reached this mailbox
                DisplayName = name,
                PreferredCulture = invitation.Culture,
                LastCoopId = invitation.CoopId,
                CreatedAt = now,
            };
            var result = await users.CreateAsync(person, request.Password!);
            if (!result.Succeeded)
                throw new DomainException(result.Errors.Select(e => IdentityErrors.PasswordRejected.At("password", e.Description)));
        }
        var grant = new UserRoleGrant { Id = Guid.CreateVersion7(), UserId = person.Id, Role = invitation.Role, CoopId = invitation.CoopId, GrantedAt = now, GrantedBy = invitation.InvitedBy };
        var alreadyHeld = await db.RoleGrants.AnyAsync(g => g.UserId == person.Id && g.Role == invitation.Role && g.CoopId == invitation.CoopId, ct);
        if (!alreadyHeld) db.RoleGrants.Add(grant);
        invitation.AcceptedAt = now;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(db,
        [
            new AuditEntry(AuditEventType.InvitationAccepted, "Invitation", invitation.Id.ToString(), invitation.CoopId),
            new AuditEntry(AuditEventType.RoleGranted, "User", person.Id.ToString(), invitation.CoopId, new { role = invitation.Role.ToString(), invitation = invitation.Id }),
        ], ct);
        await tx.CommitAsync(ct);
        await users.UpdateSecurityStampAsync(person);
        return new AcceptedInvitation(person.Id, invitation.Email, created, invitation.Role.ToString(), invitation.CoopId);
    }

    internal static Role? ParseRole(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !value.Any(char.IsDigit) && Enum.TryParse<Role>(value.Trim(), ignoreCase: true, out var role) && Enum.IsDefined(role) ? role : null;

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && string.Equals(address.Address, value, StringComparison.OrdinalIgnoreCase) && value.Contains('.', StringComparison.Ordinal);

    private static InvitationDto ToDto(Invitation i) => new(i.Id, i.Email, i.DisplayName, i.Role.ToString(), i.CoopId, i.ExpiresAt);
}
