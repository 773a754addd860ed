import { Image, Text, View } from '@react-pdf/renderer';

const QR_SIZE = 96;

/** The final form's QR code and code, so anyone holding the paper can check it is genuine. */
export function VerificationBlock({ qrCode, code, url }: { qrCode: Buffer; code: string; url: string }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', marginTop: 28 }} wrap={false}>
      <Image src={{ data: qrCode, format: 'png' }} style={{ width: QR_SIZE, height: QR_SIZE }} />
      <View style={{ marginLeft: 14, flexGrow: 1, flexShrink: 1 }}>
        <Text style={{ fontSize: 11, fontWeight: 700 }}>验证码：{code}</Text>
        <Text style={{ marginTop: 4 }}>扫描左侧二维码，或在评审表验证页面输入验证码，核验本表真伪。</Text>
        <Text style={{ marginTop: 2, color: '#444444' }}>验证网址：{url}</Text>
      </View>
    </View>
  );
}
