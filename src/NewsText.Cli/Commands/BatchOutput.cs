using System.Collections.Concurrent;
using System.Text.Json;

namespace NewsText.Cli.Commands;

/// <summary>
/// The output folder of a batch: <c>&lt;relative path&gt;.json</c> per document, or <c>.error.json</c> for one that
/// failed. Every system call here is paid per document, so folders are created once per run and an earlier run's
/// error records are looked for once, not per document.
/// </summary>
internal sealed class BatchOutput
{
    private readonly string _folder;
    private readonly ConcurrentDictionary<string, bool> _createdFolders = new(StringComparer.Ordinal);

    // Whether an earlier run left error records: only then can a document that parses now have a stale one to remove.
    private readonly bool _mayHoldErrorRecords;

    public BatchOutput(string folder)
    {
        _folder = folder;
        _mayHoldErrorRecords = Directory.Exists(folder)
            && Directory.EnumerateFiles(folder, "*.error.json", SearchOption.AllDirectories).Any();
        Directory.CreateDirectory(folder);
        _createdFolders[folder] = true;
    }

    /// <summary>Where the JSON of the document at <paramref name="relative"/> (to the input folder) goes.</summary>
    public string TargetOf(string relative) => Path.Combine(_folder, Path.ChangeExtension(relative, ".json"));

    public void WriteArticle(string target, Article article)
    {
        EnsureFolderOf(target);
        AtomicFile.Write(target, stream => NewsTextJson.Serialize(stream, article));
        if (_mayHoldErrorRecords)
        {
            File.Delete(ErrorTargetOf(target));
        }
    }

    /// <summary>Records why a document failed; an unwritable output folder cannot hold the record, and is not asked twice.</summary>
    public void WriteError(string target, string relative, string message)
    {
        try
        {
            EnsureFolderOf(target);
            AtomicFile.Write(ErrorTargetOf(target), stream =>
            {
                using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
                json.WriteStartObject();
                json.WriteString("source", relative);
                json.WriteString("error", message);
                json.WriteEndObject();
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The failure is already counted and reported on stderr.
        }
    }

    private static string ErrorTargetOf(string target) => Path.ChangeExtension(target, ".error.json");

    private void EnsureFolderOf(string target)
    {
        string folder = Path.GetDirectoryName(target)!;
        if (!_createdFolders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _createdFolders[folder] = true;
        }
    }
}
