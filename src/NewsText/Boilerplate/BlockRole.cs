namespace NewsText.Boilerplate;

/// <summary>What the stripper has decided a block is. Blocks start as <see cref="Unknown"/>.</summary>
internal enum BlockRole : byte
{
    Unknown,
    Body,
    Removed,
}
