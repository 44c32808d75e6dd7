namespace NewsText.Boilerplate;

/// <summary>A date found in the text: where it stands and its ISO 8601 form.</summary>
internal readonly record struct DateMatch(int Start, int Length, string Iso);
