package press.masthead.content;

/** A narrower copy of an image in the media library, made once at upload for browsers to pick from. */
public record MediaVariant(int width, int height, String url, String filePath, long byteSize) {
}
