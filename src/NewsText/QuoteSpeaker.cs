namespace NewsText;

/// <summary>Who a quote is attributed to: the mention in the text and, when it could be resolved, the speaker.</summary>
/// <param name="Name">
/// The resolved speaker's canonical name (see <see cref="Speaker.Name"/>), or null when the mention could not be tied
/// to a named speaker (a pronoun with no antecedent, "a source").
/// </param>
/// <param name="Mention">The words in the text that name the speaker for this quote ("Trump", "he", "the spokesman").</param>
public sealed record QuoteSpeaker(string? Name, TextSegment Mention);
