namespace NewsText.Attribution;

/// <summary>A person the article names in full, with the title and organisation it gives them.</summary>
internal sealed class Person(string fullName)
{
    public string FullName { get; set; } = fullName;

    public string? Title { get; set; }

    public string? Organization { get; set; }

    public string LastName => FullName[(FullName.LastIndexOf(' ') + 1)..];
}
