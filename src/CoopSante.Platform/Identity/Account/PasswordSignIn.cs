using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoopSante.Platform.Identity.Account;

/// <summary>
/// Failed sign-ins counted per e-mail address, whether or not an account has that address, so that an unknown
/// address is locked out exactly like a real one (same count, same answer, same Retry-After): the lockout does not
/// tell which accounts exist. Also the per-client-address limit of the sign-in form (the API's is a rate-limiter
/// policy). Kept in memory: Identity's own lockout still holds a real account across restarts.
/// </summary>
public sealed class SignInThrottle
{
    private const int MaxTracked = 100_000;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly int _maxAttempts;
    private readonly TimeSpan _lockout;
    private readonly PartitionedRateLimiter<string> _form;

    public SignInThrottle(TimeProvider clock, IOptions<IdentityOptions> identity, RateLimits.Options limits)
    {
        _clock = clock;
        _maxAttempts = identity.Value.Lockout.MaxFailedAccessAttempts;
        _lockout = identity.Value.Lockout.DefaultLockoutTimeSpan;
        _form = PartitionedRateLimiter.Create<string, string>(ip => RateLimitPartition.GetFixedWindowLimiter(ip,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    private sealed class Failures
    {
        public int Count;
        public DateTimeOffset Since;
        public DateTimeOffset? BlockedUntil;
    }

    private static string Key(string email) => email.Trim().ToUpperInvariant();

    /// <summary>How long the address stays locked, or null when it may try.</summary>
    public TimeSpan? LockedFor(string email)
    {
        if (!_failures.TryGetValue(Key(email), out var f)) return null;
        lock (f)
        {
            var left = f.BlockedUntil - _clock.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    /// <summary>Counts a failure; returns how long the address is now locked when this one reached the limit.</summary>
    public TimeSpan? Failed(string email)
    {
        Prune();
        var now = _clock.GetUtcNow();
        var f = _failures.GetOrAdd(Key(email), _ => new Failures { Since = now });
        lock (f)
        {
            if (now - f.Since > _lockout || f.BlockedUntil <= now) { f.Count = 0; f.Since = now; f.BlockedUntil = null; }
            if (++f.Count < _maxAttempts) return null;
            f.BlockedUntil = now + _lockout;
            return _lockout;
        }
    }

    /// <summary>Locks the address for as long as Identity locks its account.</summary>
    public void Lock(string email, TimeSpan duration)
    {
        var now = _clock.GetUtcNow();
        var f = _failures.GetOrAdd(Key(email), _ => new Failures { Since = now });
        lock (f) { f.BlockedUntil = now + duration; f.Count = _maxAttempts; }
    }

    public void Succeeded(string email) => _failures.TryRemove(Key(email), out _);

    /// <summary>The sign-in form's per-client-address limit: null when allowed, else how long to wait.</summary>
    public TimeSpan? FormLimited(HttpContext http)
    {
        using var lease = _form.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "");
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
    }

    public static void SetRetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private void Prune()
    {
        if (_failures.Count < MaxTracked) return;
        var now = _clock.GetUtcNow();
        foreach (var (key, f) in _failures)
        {
            if (now - f.Since > _lockout && !(f.BlockedUntil > now)) _failures.TryRemove(key, out _);
        }
    }
}

/// <summary>
/// Password sign-in as both the form and the API do it: a locked address answers before any work, and an unknown
/// address costs a password hash like a real one, so neither the answer nor its timing tells whether an account exists.
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, SignInThrottle throttle, TimeProvider clock)
{
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    public sealed record Outcome(SignInResult Result, AppUser? User, TimeSpan? RetryAfter);

    public async Task<Outcome> SignInAsync(string email, string password)
    {
        if (throttle.LockedFor(email) is { } wait) return new Outcome(SignInResult.LockedOut, await signIn.UserManager.FindByEmailAsync(email), wait);
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, password);
            return throttle.Failed(email) is { } locked ? new Outcome(SignInResult.LockedOut, null, locked) : new Outcome(SignInResult.Failed, null, null);
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.Succeeded(email);
            return new Outcome(result, user, null);
        }
        if (result.IsLockedOut)
        {
            var left = (user.LockoutEnd ?? clock.GetUtcNow()) - clock.GetUtcNow();
            if (left < TimeSpan.FromSeconds(1)) left = TimeSpan.FromSeconds(1);
            throttle.Lock(email, left);
            return new Outcome(result, user, left);
        }
        throttle.Failed(email);
        return new Outcome(SignInResult.Failed, user, null);
    }
}
