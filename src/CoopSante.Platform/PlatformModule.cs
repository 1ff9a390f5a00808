using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Email;
using CoopSante.Platform.Encryption;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Identity;
using CoopSante.Platform.Identity.Account;
using CoopSante.Platform.Jobs;
using CoopSante.Platform.Localization;
using CoopSante.Platform.Observability;
using CoopSante.Platform.Resources;
using CoopSante.Platform.Security;
using CoopSante.Platform.Tenancy;
using CoopSante.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopSante.Platform;

public static class PlatformModule
{
    /// <summary>Registers tenancy, data, identity, audit, localization, errors, e-mail and web hygiene.</summary>
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        var db = new DatabaseOptions();
        config.GetSection("Database").Bind(db);
        if (string.Equals(Environment.GetEnvironmentVariable("COOPSANTE_DB") ?? config["COOPSANTE_DB"], "postgres", StringComparison.OrdinalIgnoreCase))
        {
            db.Provider = DatabaseProvider.Postgres;
            db.ConnectionString = DatabaseOptions.WithReadPathDefaults(config.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("COOPSANTE_DB=postgres needs ConnectionStrings__Postgres."));
        }
        else if (db.Provider == DatabaseProvider.Sqlite)
        {
            db.ConnectionString = SqlitePath(db.ConnectionString, builder.Environment.ContentRootPath);
        }
        services.AddSingleton(db);
        services.AddSingleton(TimeProvider.System);

        var demo = new DemoOptions();
        config.GetSection("Demo").Bind(demo);
        services.AddSingleton(demo);

        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());

        services.AddModuleDbContext<PlatformDbContext, SqlitePlatformDbContext, PostgresPlatformDbContext>(PlatformDbContext.Module);

        services.AddSingleton(new AuditChain(AuditKey(config, builder.Environment, demo)));
        var checkpointPath = AuditCheckpointPath(config, builder.Environment, demo);
        services.AddSingleton(sp => new AuditCheckpoint(checkpointPath, sp.GetRequiredService<AuditChain>(), sp.GetRequiredService<ILogger<AuditCheckpoint>>()));
        services.AddHostedService(sp => new AuditCheckpointWriter(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<AuditCheckpoint>(),
            TimeSpan.FromMinutes(config.GetValue("Audit:CheckpointMinutes", 5.0)), sp.GetRequiredService<ILogger<AuditCheckpointWriter>>()));
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<AuditLogReader>();
        services.AddAuditWriter(); // the single batching writer and the access log (ADR 0020)
        services.AddScoped<AuditReading>();
        services.AddSingleton<AuditEventTypes>(); // the enum's members and the modules' declared types
        services.AddSingleton<Identity.ApiKeys.ApiScopeCatalog>(); // the platform's scopes and the modules' declared ones
        services.AddNavItem(new NavItem("administration/journal", "Audit.Nav", typeof(AuditText), MudBlazor.Icons.Material.Filled.History, 900, [Role.FederationAdmin, Role.CoopAdmin]));

        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(PlatformText)));
        services.AddSingleton<ErrorMessageSources>();
        services.AddSingleton<ErrorMessages>();
        services.AddLocalization();

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new InputGuards.SafeStringConverter());
            o.SerializerOptions.TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.WithAddedModifier( // request bodies only (ADR 0027)
                o.SerializerOptions.TypeInfoResolver ?? new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(), InputGuards.NoNullInArrays.Modify);
        });

        var limits = new RateLimits.Options();
        config.GetSection("RateLimits").Bind(limits);
        services.AddSingleton(limits);
        services.AddRateLimiter(o => RateLimits.Configure(o, limits));
        services.AddPublicCaching();

        builder.AddVault(demo);
        var dataProtection = services.AddDataProtection().SetApplicationName("CoopSante").PersistKeysToDbContext<PlatformDbContext>();
        if (Encryption.FieldEncryptionSetup.ProtectsDataProtectionKeys(config, demo.Enabled)) dataProtection.ProtectKeysWithFieldKeys();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthSchemes.Smart;
                o.DefaultChallengeScheme = AuthSchemes.Smart;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPolicyScheme(AuthSchemes.Smart, "Cookie, bearer token or API key", o => o.ForwardDefaultSelector = AuthSchemes.Select)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, Identity.ApiKeys.ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null)
            .AddIdentityCookies(o => o.ApplicationCookie?.Configure(c =>
            {
                c.LoginPath = "/connexion";
                c.LogoutPath = "/deconnexion";
                c.AccessDeniedPath = "/acces-refuse";
                c.Cookie.Name = "coopsante.auth";
                c.Cookie.HttpOnly = true;
                c.Cookie.SameSite = SameSiteMode.Lax;
                c.ExpireTimeSpan = TimeSpan.FromHours(8);
                c.SlidingExpiration = true;
                c.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                c.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            }));
        services.AddAuthorization(Policies.Add);
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, Security.Rules.CoopRuleHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, Security.Rules.CoopProblemResultHandler>();
        services.AddScoped<Security.AuditorAssignments.AuditorAssignmentService>();
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(Resources.AuthorizationText)));

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<CoopClaimsFactory>();

        services.AddSingleton<IEmailOutbox, EmailOutbox>();
        services.AddScoped<SignInAudit>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<OperationScope>();
        services.AddScoped<CircuitUser>();
        services.AddScoped<OutboxList>();
        var smtp = new SmtpOptions();
        config.GetSection("Smtp").Bind(smtp);
        services.AddSingleton(smtp);
        var outboxOptions = new OutboxOptions();
        config.GetSection("Outbox").Bind(outboxOptions);
        services.AddSingleton(outboxOptions);
        if (!string.IsNullOrWhiteSpace(smtp.Host))
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
            services.AddSingleton<OutboxDispatcher>();
        }
        services.AddScoped<IOutboxMonitor, OutboxMonitor>();
        services.AddPlatformJobs(db);
        services.AddRecurringJob<OutboxDispatchJob>(OutboxDispatchJob.Key, JobSchedule.Every(TimeSpan.FromSeconds(15)), typeof(JobsText), "Job.Outbox");
        Backup.BackupSetup.AddSqliteBackup(services, config, db, builder.Environment);
        services.AddNavItem(new NavItem("/administration/taches", "Jobs.Nav", typeof(JobsText), MudBlazor.Icons.Material.Filled.Schedule, 930, [Role.FederationAdmin]));
        services.AddNavItem(new NavItem("/personnes", "People.Nav", typeof(PlatformText), MudBlazor.Icons.Material.Filled.People, 900, [Role.FederationAdmin, Role.CoopAdmin]));
        services.AddNavItem(new NavItem("/cles-api", "ApiKeys.Nav", typeof(PlatformText), MudBlazor.Icons.Material.Filled.VpnKey, 910, [Role.FederationAdmin, Role.CoopAdmin]));
        services.AddNavItem(new NavItem("/courriels", "Outbox.Nav", typeof(PlatformText), MudBlazor.Icons.Material.Filled.Outbox, 920, [Role.FederationAdmin, Role.CoopAdmin]));
        services.AddScoped<Identity.Invitations.InvitationService>();
        services.AddScoped<Identity.People.PeopleService>();
        services.AddScoped<Identity.ApiKeys.ApiKeyService>();
        services.TryAddScoped<ICoopDirectory, FallbackCoopDirectory>(); // the Federation module registers the real one
        services.AddScoped<Demo.IDemoSeeder, Demo.DemoAccountsSeeder>();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddPlatformTelemetry(config);
        return builder;
    }

    /// <summary>The platform's middleware, in order, between routing and the endpoints.</summary>
    public static WebApplication UsePlatform(this WebApplication app, string notFoundPage = "/introuvable")
    {
        app.UseRequestLocalization(Cultures.Options());
        // A visitor who came by an English path (or ?culture=) keeps that language on the live screen (the circuit reads the cookie).
        app.Use((http, next) =>
        {
            if (Cultures.ChosenByAddress(http) is { } culture) Identity.Account.ShellEndpoints.AppendCultureCookie(http.Response, culture);
            return next(http);
        });
        app.UseExceptionHandler();
        // Screens: a 404 shows the not-found page; APIs: every bare 4xx becomes problem details.
        // On the main pipeline, not in a UseWhen branch: a branch has no route to re-execute into, and every unknown address
        // answered an empty 404 (the browser's own error page). APIs and non-GET requests turn the re-execution off.
        app.UseStatusCodePagesWithReExecute(notFoundPage, createScopeForStatusCodePages: true);
        app.Use((ctx, next) =>
        {
            if ((IsApi(ctx.Request.Path) || !HttpMethods.IsGet(ctx.Request.Method)) && ctx.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
            return next(ctx);
        });
        app.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && http.Response.ContentLength is null && !http.Response.HasStarted)
            {
                var failure = http.Response.StatusCode switch
                {
                    401 => PlatformErrors.Unauthorized,
                    403 => PlatformErrors.Forbidden,
                    404 => PlatformErrors.NotFound,
                    405 => PlatformErrors.MalformedRequest,
                    415 => PlatformErrors.MalformedRequest,
                    _ => null,
                };
                if (failure is not null)
                {
                    var status = http.Response.StatusCode;
                    var problem = Problems.Create(http, [new Failure(failure)]);
                    problem.Status = status;
                    await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
                }
            }
        });
        app.UseSecurityHeaders();
        app.UseQueryStringGuard();
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UsePublicCaching();
        app.UseAntiforgery();
        return app;
    }

    public static IEndpointRouteBuilder MapPlatform(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapAuthApi();
        app.MapShellEndpoints();
        Identity.Invitations.InvitationsApi.MapInvitationsApi(app);
        Identity.People.PeopleApi.MapPeopleApi(app);
        Identity.ApiKeys.ApiKeysApi.MapApiKeysApi(app);
        app.MapAuditApi();
        app.MapAccessLogApi();
        Security.AuditorAssignments.AuditorAssignmentsApi.MapAuditorAssignmentsApi(app);
        app.MapVault();
        app.MapPlatformMetrics();
        return app;
    }

    /// <summary>Applies every module's migrations, in registration order.</summary>
    public static async Task MigrateDatabasesAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        if (!options.MigrateOnStartup) return;
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (dir is not null) Directory.CreateDirectory(dir);
        }
        await using var scope = services.CreateAsyncScope();
        foreach (var module in scope.ServiceProvider.GetServices<IModuleDatabase>())
            await module.MigrateAsync(scope.ServiceProvider, ct);
    }

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(Telemetry.MetricsPath, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase);

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || ctx.Request.Path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static string SqlitePath(string connectionString, string contentRoot)
    {
        var csb = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(csb.DataSource) && !string.Equals(csb.DataSource, ":memory:", StringComparison.Ordinal))
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        return csb.ToString();
    }

    /// <summary>
    /// Where the signed checkpoint of the audit chains goes, outside the database: <c>Audit:CheckpointPath</c>, or
    /// beside the demo/development key file when that key is the one in use; none otherwise (ADR 0018).
    /// </summary>
    private static string? AuditCheckpointPath(IConfiguration config, IHostEnvironment env, DemoOptions demo)
    {
        var configured = config["Audit:CheckpointPath"];
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (!string.IsNullOrWhiteSpace(config["Audit:HmacKey"]) || (!demo.Enabled && !env.IsDevelopment())) return null;
        return Path.Combine(env.ContentRootPath, "data", "audit-checkpoint.json");
    }

    private static byte[] AuditKey(IConfiguration config, IHostEnvironment env, DemoOptions demo)
    {
        var configured = config["Audit:HmacKey"];
        if (!string.IsNullOrWhiteSpace(configured)) return Convert.FromBase64String(configured);
        if (!demo.Enabled && !env.IsDevelopment())
            throw new InvalidOperationException("Audit:HmacKey (base64, 32 bytes) must be configured outside demo mode; keep it out of the database.");
        // Demo and development: a key kept beside the SQLite file, outside the database.
        var path = Path.Combine(env.ContentRootPath, "data", "audit-hmac.key");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path)) File.WriteAllText(path, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}

/// <summary>Demo mode: the seeded demo federation and its sign-ins. Never on in production.</summary>
public sealed class DemoOptions
{
    public bool Enabled { get; set; }
    public const string Password = "CoopSante-Demo-2026!";
    public const string TotpSecret = "JBSWY3DPEHPK3PXP";
}
