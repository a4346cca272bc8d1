import { Alert, Box, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Quét mã QR with the phone's back camera: the browser's BarcodeDetector where it exists
// (Chrome on Android), else jsQR reading video frames (loaded only then). This file is itself
// loaded only when the volunteer taps "Quét mã QR".

type Detector = { detect: (source: CanvasImageSource) => Promise<{ rawValue: string }[]> };
type DetectorClass = {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats?: () => Promise<string[]>;
};

/** A function that finds a QR code in the current video frame, or null. */
type FrameReader = (video: HTMLVideoElement) => Promise<string | null>;

async function makeReader(): Promise<FrameReader> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (Native) {
    const formats = (await Native.getSupportedFormats?.()) ?? ['qr_code'];
    if (formats.includes('qr_code')) {
      const detector = new Native({ formats: ['qr_code'] });
      return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
    }
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!ctx || video.videoWidth === 0) return null;
    // Downscale large frames: a QR on an invitation fills a good part of the picture.
    const scale = Math.min(1, 640 / Math.max(video.videoWidth, video.videoHeight));
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

/**
 * Shows the camera and calls `onResult` with each QR text it reads (the same text is not
 * reported twice within 3 seconds, so holding an invitation in front of it checks in once).
 */
export function QrScanner({ onResult }: { onResult: (text: string) => void }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const callback = useRef(onResult);
  callback.current = onResult;

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const last = { text: '', at: 0 };
    (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error('camera API unavailable');
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
        if (stopped) return;
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = stream;
        await video.play();
        const read = await makeReader();
        const tick = async () => {
          if (stopped) return;
          try {
            const text = await read(video);
            const now = Date.now();
            if (text && (text !== last.text || now - last.at > 3000)) {
              last.text = text;
              last.at = now;
              callback.current(text);
            }
          } catch {
            // A frame that cannot be read: try the next one.
          }
          timer = setTimeout(tick, 150);
        };
        void tick();
      } catch (err) {
        if (!stopped) setError((err as Error).message || String(err));
      }
    })();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  if (error) return <Alert color="orange">{t('del.reception.cameraError', { message: error })}</Alert>;
  return (
    <Box>
      <video
        ref={videoRef}
        muted
        playsInline
        style={{ width: '100%', maxHeight: 360, objectFit: 'cover', borderRadius: 8, background: '#000' }}
      />
      <Text size="sm" c="dimmed" ta="center">
        {t('del.reception.scanHelp')}
      </Text>
    </Box>
  );
}

export default QrScanner;
