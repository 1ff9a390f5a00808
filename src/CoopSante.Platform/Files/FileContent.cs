namespace CoopSante.Platform.Files;

/// <summary>
/// Where file content lives. The default keeps it on disk under <c>Files:Path</c> (default <c>data/files</c>
/// beside the SQLite file); an S3-compatible implementation is the scale-out path (docs/operations.md).
/// Content is written to a temporary place, then committed by a move, so that no reader sees half a file.
/// </summary>
public interface IFileContentStore
{
    /// <summary>A new temporary file to stream an upload into.</summary>
    string NewTemporaryPath();

    /// <summary>Moves a complete temporary file into place and returns its storage key.</summary>
    string Commit(string temporaryPath, Guid coopId, Guid fileId);

    Stream OpenRead(string storageKey);

    void Delete(string storageKey);
}

internal sealed class DiskFileContentStore(string root) : IFileContentStore
{
    private readonly string _root = Path.GetFullPath(root);

    public string Root => _root;

    public string NewTemporaryPath()
    {
        var temp = Path.Combine(_root, ".tmp");
        Directory.CreateDirectory(temp);
        return Path.Combine(temp, Guid.NewGuid().ToString("N"));
    }

    public string Commit(string temporaryPath, Guid coopId, Guid fileId)
    {
        var key = $"{coopId:N}/{fileId:N}";
        var target = FullPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(temporaryPath, target, overwrite: false);
        return key;
    }

    public Stream OpenRead(string storageKey) =>
        new FileStream(FullPath(storageKey), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void Delete(string storageKey)
    {
        var path = FullPath(storageKey);
        if (File.Exists(path)) File.Delete(path);
    }

    private string FullPath(string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) throw new InvalidOperationException("Storage key outside the file store.");
        return path;
    }
}
