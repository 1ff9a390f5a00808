using CoopSante.Compliance;
using CoopSante.Federation;
using CoopSante.Host.Components;
using CoopSante.Membership;
using CoopSante.Platform;
using CoopSante.Platform.Demo;
using CoopSante.Platform.Modules;
using CoopSante.Platform.Web;
using CoopSante.Telemedicine;
using MudBlazor.Services;
using Scalar.AspNetCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddSerilog(
    (services, log) => log.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
    writeToProviders: true); // other logging providers (tests capture logs) see the same events

builder.AddPlatform();
builder.AddModules(new FederationModule(), new MembershipModule(), new TelemedicineModule(), new ComplianceModule());

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddPlatformUi();
builder.Services.AddMudServices();

var app = builder.Build();

await app.Services.MigrateDatabasesAsync();
if (await CoopSante.Platform.Encryption.EncryptionCommand.TryRunAsync(app.Services, args)) return; // encryption rotate
await app.Services.SeedDemoAsync(app.Logger);

app.UsePlatform();
app.MapStaticAssets();
app.MapPlatform();
app.MapModules();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .AddAdditionalAssemblies(app.Services.PageAssemblies());

app.Run();

public partial class Program;
