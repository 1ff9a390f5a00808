using System.Security.Claims;
using CoopSante.Platform.Data;
using CoopSante.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopSante.Platform.Identity;

/// <summary>Puts a person's per-coop grants, chosen coop and language into their sign-in (cookie or bearer token).</summary>
internal sealed class CoopClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, PlatformDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PlatformClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == user.Id).ToListAsync();
        foreach (var g in grants)
            identity.AddClaim(new Claim(PlatformClaims.Grant, PlatformClaims.Encode(new RoleGrant(g.Role, g.CoopId))));
        if (user.LastCoopId is { } coop) identity.AddClaim(new Claim(PlatformClaims.ActiveCoop, coop.ToString()));
        identity.AddClaim(new Claim(PlatformClaims.Culture, user.PreferredCulture));
        return identity;
    }
}
