using System.Security.Cryptography;
using CoopSante.Platform.Audit;
using CoopSante.Platform.Data;
using CoopSante.Platform.Errors;
using CoopSante.Platform.Paging;
using CoopSante.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CoopSante.Platform.Files;

/// <summary>The one store for evidence, documents and attachments of every module.</summary>
public interface IFileStore
{
    /// <summary>
    /// Streams <paramref name="content"/> to storage (never whole in memory), refusing it past the use's size limit,
    /// when its content is not of an allowed type, or is an executable. Nothing is left behind when refused.
    /// </summary>
    Task<StoredFile> SaveAsync(Guid coopId, FileUse use, string fileName, Stream content, CancellationToken ct = default);

    /// <summary>The coop's file, or null (another coop's file is not found, like a missing one).</summary>
    Task<StoredFile?> FindAsync(Guid coopId, Guid fileId, CancellationToken ct = default);

    /// <summary>Opens the content for reading and audits the download.</summary>
    Task<(StoredFile File, Stream Content)?> OpenAsync(Guid coopId, Guid fileId, CancellationToken ct = default);

    /// <summary>
    /// Opens a file its owner shares beyond its own users (the federation's bulletin attachments, owned by
    /// <see cref="FileOwners.Federation"/>): the caller has already decided who may read it. Audited like a download.
    /// </summary>
    Task<(StoredFile File, Stream Content)?> OpenSharedAsync(Guid ownerId, Guid fileId, CancellationToken ct = default);

    Task<Page<StoredFile>> ListAsync(Guid coopId, string? use, PageRequest page, CancellationToken ct = default);

    /// <summary>Deletes the row and the content, audited. False when the coop has no such file.</summary>
    Task<bool> DeleteAsync(Guid coopId, Guid fileId, CancellationToken ct = default);
}

/// <summary>Owners of files that belong to no coop.</summary>
public static class FileOwners
{
    /// <summary>The federation's own files (bulletin attachments, library documents), shared with the coops it addresses.</summary>
    public static readonly Guid Federation = Guid.Empty;
}

internal sealed class FileStore(PlatformDbContext db, IFileContentStore content, IAuditTrail audit, ICurrentUser user, TimeProvider clock) : IFileStore
{
    private const int BufferSize = 81920;

    public async Task<StoredFile> SaveAsync(Guid coopId, FileUse use, string fileName, Stream source, CancellationToken ct = default)
    {
        var temp = content.NewTemporaryPath();
        var committed = (string?)null;
        try
        {
            var head = new byte[FileSniffer.HeadLength];
            var headLength = 0;
            long length = 0;
            var isText = true;
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await source.ReadAsync(buffer, ct)) > 0)
                {
                    length += read;
                    if (length > use.MaxBytes) throw new DomainException(FileErrors.TooLarge.At("file", use.MaxBytes / FileUse.MiB));
                    var chunk = buffer.AsMemory(0, read);
                    if (headLength < head.Length)
                    {
                        var n = Math.Min(read, head.Length - headLength);
                        chunk.Span[..n].CopyTo(head.AsSpan(headLength));
                        headLength += n;
                        // A program is refused as soon as its first bytes say so, not after the whole upload.
                        if (FileSniffer.IsExecutable(head.AsSpan(0, headLength)) && headLength >= 4) throw new DomainException(FileErrors.Executable.At("file"));
                    }
                    isText = isText && !FileSniffer.HasBinaryBytes(chunk.Span);
                    sha.AppendData(chunk.Span);
                    await target.WriteAsync(chunk, ct);
                }
                await target.FlushAsync(ct);
                target.Flush(flushToDisk: true);
            }
            if (length == 0) throw new DomainException(FileErrors.FileRequired.At("file"));

            var (verdict, type) = FileSniffer.Sniff(head.AsSpan(0, headLength), isText, temp, fileName);
            if (verdict == SniffVerdict.Executable) throw new DomainException(FileErrors.Executable.At("file"));
            if (type is null || !use.AllowedContentTypes.Contains(type)) throw new DomainException(FileErrors.TypeNotAllowed.At("file"));

            var file = new StoredFile
            {
                Id = Guid.CreateVersion7(),
                CoopId = coopId,
                Use = use.Name,
                FileName = SafeName(fileName),
                ContentType = type,
                Length = length,
                Sha256 = Convert.ToHexStringLower(sha.GetHashAndReset()),
                UploadedBy = user.UserId,
                UploadedAt = clock.GetUtcNow(),
            };
            // The content is in place before the row exists: a crash in between leaves an orphan file, never a row without content.
            committed = file.StorageKey = content.Commit(temp, coopId, file.Id);
            db.Add(file);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await audit.WriteAsync(db, [new AuditEntry(AuditEventType.FileUploaded, nameof(StoredFile), file.Id.ToString(), coopId, new { file.Use, file.ContentType, file.Length, file.Sha256 })], ct);
            await tx.CommitAsync(ct);
            db.Entry(file).State = EntityState.Detached;
            return file;
        }
        catch
        {
            if (committed is not null) content.Delete(committed);
            throw;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public Task<StoredFile?> FindAsync(Guid coopId, Guid fileId, CancellationToken ct = default) =>
        db.Set<StoredFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.CoopId == coopId, ct);

    public async Task<(StoredFile File, Stream Content)?> OpenAsync(Guid coopId, Guid fileId, CancellationToken ct = default) =>
        await OpenAsync(await FindAsync(coopId, fileId, ct), ct);

    public async Task<(StoredFile File, Stream Content)?> OpenSharedAsync(Guid ownerId, Guid fileId, CancellationToken ct = default) =>
        await OpenAsync(await db.Set<StoredFile>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.CoopId == ownerId, ct), ct);

    private async Task<(StoredFile File, Stream Content)?> OpenAsync(StoredFile? file, CancellationToken ct)
    {
        if (file is null) return null;
        var coopId = file.CoopId;
        var stream = content.OpenRead(file.StorageKey);
        try
        {
            await audit.WriteAsync(db, [new AuditEntry(AuditEventType.FileDownloaded, nameof(StoredFile), file.Id.ToString(), coopId, new { file.Use, file.Sha256 })], ct);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
        return (file, stream);
    }

    public Task<Page<StoredFile>> ListAsync(Guid coopId, string? use, PageRequest page, CancellationToken ct = default)
    {
        var query = db.Set<StoredFile>().AsNoTracking().Where(f => f.CoopId == coopId);
        if (!string.IsNullOrEmpty(use)) query = query.Where(f => f.Use == use);
        return query.OrderByDescending(f => f.UploadedAt).ThenBy(f => f.Id).ToPageAsync(page, ct);
    }

    public async Task<bool> DeleteAsync(Guid coopId, Guid fileId, CancellationToken ct = default)
    {
        var file = await db.Set<StoredFile>().FirstOrDefaultAsync(f => f.Id == fileId && f.CoopId == coopId, ct);
        if (file is null) return false;
        db.Remove(file);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            await audit.WriteAsync(db, [new AuditEntry(AuditEventType.FileDeleted, nameof(StoredFile), file.Id.ToString(), coopId, new { file.Use, file.FileName, file.Sha256 })], ct);
            await tx.CommitAsync(ct);
        }
        content.Delete(file.StorageKey);
        return true;
    }

    /// <summary>The name only (no directories), without control characters, at most 255 characters.</summary>
    internal static string SafeName(string name)
    {
        var only = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string(only.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length == 0) clean = "file";
        return clean.Length > 255 ? clean[..255] : clean;
    }
}
