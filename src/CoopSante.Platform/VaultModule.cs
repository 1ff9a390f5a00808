using CoopSante.Platform.Encryption;
using CoopSante.Platform.Files;
using CoopSante.Platform.Idempotency;
using CoopSante.Platform.Resources;
using CoopSante.Platform.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Platform;

/// <summary>Field encryption, the file store and idempotency keys: the platform services that keep sensitive things.</summary>
public static class VaultModule
{
    public static WebApplicationBuilder AddVault(this WebApplicationBuilder builder, DemoOptions demo)
    {
        var services = builder.Services;
        services.AddFieldEncryption(builder.Configuration, builder.Environment, demo.Enabled);
        services.AddSingleton<IConfigureErrorMessages>(new ErrorResources(typeof(VaultText)));

        var root = builder.Configuration["Files:Path"];
        root = string.IsNullOrWhiteSpace(root) ? Path.Combine(builder.Environment.ContentRootPath, "data", "files")
            : Path.IsPathRooted(root) ? root : Path.Combine(builder.Environment.ContentRootPath, root);
        services.AddSingleton<IFileContentStore>(new DiskFileContentStore(root));
        services.AddScoped<IFileStore, FileStore>();
        services.AddSingleton<FileUses>();
        services.AddFileUse(FileUse.Attachment);

        services.AddScoped<IdempotencyStore>();
        return builder;
    }

    public static IEndpointRouteBuilder MapVault(this IEndpointRouteBuilder app) => app.MapFilesApi();
}
