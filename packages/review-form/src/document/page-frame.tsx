import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { PAGE } from './styles.js';

interface FooterProps {
  applicantName: string;
  verificationCode: string | null;
  pageNumber: number;
  totalPages: number | undefined;
}

/** On every page: who the form is for, 第 n 页 共 m 页, and the final form's verification code. */
function Footer({ applicantName, verificationCode, pageNumber, totalPages }: FooterProps) {
  return (
    <View
      style={{
        position: 'absolute',
        bottom: 24,
        left: PAGE.marginX,
        right: PAGE.marginX,
        flexDirection: 'row',
        fontSize: 8,
        color: '#444444',
      }}
    >
      <Text style={{ width: '35%' }}>专业技术资格评审表　{applicantName}</Text>
      <Text style={{ width: '30%', textAlign: 'center' }}>
        第 {pageNumber} 页 共 {totalPages ?? ''} 页
      </Text>
      <Text style={{ width: '35%', textAlign: 'right' }}>
        {verificationCode ? `验证码：${verificationCode}` : ''}
      </Text>
    </View>
  );
}

/** The preview's diagonal 预览 仅供核对: drawn after the content so it lies over it, faint enough to read through. */
function Watermark() {
  return (
    <View
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        width: PAGE.width,
        height: PAGE.height,
        alignItems: 'center',
        justifyContent: 'center',
      }}
    >
      <Text
        style={{
          fontSize: 64,
          fontWeight: 700,
          color: '#888888',
          opacity: 0.18,
          transform: 'rotate(-40deg)',
        }}
      >
        预览 仅供核对
      </Text>
    </View>
  );
}

export interface PageFrameOptions {
  applicantName: string;
  verificationCode: string | null;
  watermark: boolean;
}

interface PageLayoutProps {
  children?: ReactNode;
  pageNumber?: number;
  totalPages?: number;
}

/** The chrome of one page: the content where react-pdf puts it, then footer and watermark over it. */
function PageChrome({
  children,
  pageNumber = 1,
  totalPages,
  ...options
}: PageLayoutProps & PageFrameOptions) {
  return (
    <>
      {children}
      <Footer
        applicantName={options.applicantName}
        verificationCode={options.verificationCode}
        pageNumber={pageNumber}
        totalPages={totalPages}
      />
      {options.watermark ? <Watermark /> : null}
    </>
  );
}

/**
 * The chrome of every page as a react-pdf page layout, which gets the page number and total
 * directly. react-pdf's other way, `fixed` elements with a `render` prop, lays out every page once
 * more and, on the new pagination engine, does not repeat absolutely placed elements; the layout
 * does both jobs for a fraction of the time. The first pagination round has no total yet; the
 * second prints it.
 */
export function pageFrame(options: PageFrameOptions): (props: PageLayoutProps) => ReactNode {
  return (props) => <PageChrome {...props} {...options} />;
}
