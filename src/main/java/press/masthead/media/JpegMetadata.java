package press.masthead.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * What Masthead reads and removes in a JPEG's metadata, without re-encoding the picture: the EXIF orientation, and
 * where the photo was taken (the EXIF GPS directory, and XMP, which repeats GPS and place names).
 */
final class JpegMetadata {
    private JpegMetadata() {
    }

    /** The JPEG without location data; the picture's bytes and the rest of its EXIF are left exactly as they were. */
    static byte[] withoutLocation(byte[] jpeg) throws IOException {
        byte[] withoutXmp = withoutXmp(jpeg);
        TiffImageMetadata exif = exifOf(withoutXmp);
        if (exif == null || exif.findDirectory(TiffDirectoryConstants.DIRECTORY_TYPE_GPS) == null) {
            return withoutXmp;
        }
        TiffOutputSet original = exif.getOutputSet();
        // The output set has no way to drop a directory, so the others go into a fresh set; the writer adds the
        // pointers between directories itself, so no pointer to the GPS directory survives.
        TiffOutputSet kept = new TiffOutputSet(original.byteOrder);
        for (TiffOutputDirectory directory : original) {
            if (directory.getType() != TiffDirectoryConstants.DIRECTORY_TYPE_GPS) {
                kept.addDirectory(directory);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(withoutXmp.length);
        new ExifRewriter().updateExifMetadataLossless(withoutXmp, out, kept);
        return out.toByteArray();
    }

    /** The EXIF orientation (1 to 8; 1 is upright), 1 when the file says none. */
    static int orientation(byte[] jpeg) throws IOException {
        TiffImageMetadata exif = exifOf(jpeg);
        if (exif == null) {
            return 1;
        }
        TiffField field = exif.findField(TiffTagConstants.TIFF_TAG_ORIENTATION);
        return field == null ? 1 : field.getIntValue();
    }

    private static byte[] withoutXmp(byte[] jpeg) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        new JpegXmpRewriter().removeXmpXml(jpeg, out);
        return out.toByteArray();
    }

    private static TiffImageMetadata exifOf(byte[] jpeg) throws ImagingException, IOException {
        ImageMetadata metadata = Imaging.getMetadata(jpeg);
        return metadata instanceof JpegImageMetadata jpegMetadata ? jpegMetadata.getExif() : null;
    }
}
